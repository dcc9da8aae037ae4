using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Hollow;
using Orchestrator.Node.Tests.Runtime.Conformance;
using Xunit.Abstractions;

namespace Orchestrator.Node.Tests.Runtime.Hollow;

/// <summary>
/// The conformance suite on the hollow runtime, on the system clock. Its containers run no programs: the
/// vocabulary is the hollow runtime's own script language (see <see cref="HollowRuntime"/>), steps joined by
/// <c>&amp;&amp;</c>, and its volumes are in memory (emptyDir) or on disk (hostPath) at their mount paths.
/// </summary>
public sealed class HollowRuntimeConformanceTests(ITestOutputHelper output) : ContainerRuntimeConformance(output)
{
    protected override string ExpectedName => "hollow";

    protected override string PresentImage => "busybox:latest";

    protected override string MissingImage => "missing-image:1.0";

    protected override Task<IContainerRuntime> CreateRuntimeAsync() => Task.FromResult<IContainerRuntime>(new HollowRuntime());

    protected override ContainerConfig ExitWith(int exitCode) => Steps(["exit", $"{exitCode}"]);

    protected override ContainerConfig SleepThenExit(TimeSpan duration, int exitCode) => Steps(["sleep", Seconds(duration), $"{exitCode}"]);

    protected override ContainerConfig Print(IReadOnlyList<ScriptLine> lines, TimeSpan pause) =>
        Steps([.. lines.SelectMany((line, i) => (string[])[
            .. i > 0 ? ["&&"] : Array.Empty<string>(),
            .. pause > TimeSpan.Zero ? ["sleep", Seconds(pause), "&&"] : Array.Empty<string>(),
            line.Stream == LogStream.Stdout ? "echo" : "echo-err",
            line.Text,
        ])]);

    protected override ContainerConfig PrintEnv(string variable) => Steps(["env", variable]);

    protected override ContainerConfig RunUntilStopped() => Steps(["echo", ReadyLine, "&&", "run"]);

    protected override ContainerConfig IgnoreSigterm() => Steps(["echo", ReadyLine, "&&", "ignore-sigterm"]);

    protected override ContainerConfig BusyLoop() => Steps(["busy"]);

    protected override ContainerConfig WriteFile(string mountPath, string fileName, string text) => Steps(["write", $"{mountPath}/{fileName}", text + "\n"]);

    protected override ContainerConfig ReadFile(string mountPath, string fileName) => Steps(["cat", $"{mountPath}/{fileName}"]);

    protected override IReadOnlyList<string> ExecPrint(string text, int exitCode) => ["echo", text, "&&", "exit", $"{exitCode}"];

    protected override IReadOnlyList<string> ExecSleep(TimeSpan duration) => ["sleep", Seconds(duration)];

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private ContainerConfig Steps(IReadOnlyList<string> words) => Script(words);
}
