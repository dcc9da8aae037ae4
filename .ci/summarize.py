"""Adds up the counters of every TRX file in a folder and prints one closing line."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"

def main(folder: str) -> int:
    files = glob.glob(f"{folder}/**/*.trx", recursive=True)
    passed = failed = skipped = 0
    for path in files:
        counters = ET.parse(path).getroot().find(f"{NS}ResultSummary/{NS}Counters")
        if counters is None:
            continue
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
        skipped += int(counters.get("notExecuted", 0))
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    if not files or passed + failed == 0:
        print("no test results were found", file=sys.stderr)
        return 1
    return 0 if failed == 0 else 1

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
