using System.Globalization;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Processes;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>The file of container records: what a restarted runtime reads back, and how it keeps from growing.</summary>
public sealed class ContainerJournalTests : IDisposable
{
    private readonly ProcessRuntimeRoot _root = new();

    private string Path => System.IO.Path.Combine(_root.Directory, "containers.jsonl");

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Reads_back_the_live_records_and_skips_a_line_cut_short()
    {
        using (var journal = ContainerJournal.Open(Path, []))
        {
            journal.Append(Record("a"));
            journal.Append(Record("b"));
            journal.Append(Record("c"));
        }

        File.AppendAllText(Path, "\n{\"id\":\"d\",\"sandb");

        var read = ContainerJournal.Read(Path, record => record.Id != "b");

        Assert.Equal(["a", "c"], read.Keys.Order());
        Assert.Equal(Record("a").Config.Labels, read["a"].Config.Labels);
        Assert.Equal(Record("a").Environment, read["a"].Environment);
    }

    [Fact]
    public void Rewrites_itself_with_the_live_records_once_dead_lines_outnumber_them()
    {
        var ids = Enumerable.Range(0, 200).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        using (var journal = ContainerJournal.Open(Path, []))
        {
            ids.ForEach(id => journal.Append(Record(id)));
            ids.Skip(1).ToList().ForEach(journal.Remove);
        }

        Assert.True(File.ReadLines(Path).Count() < 100, "The removed records were never dropped from the file.");
        Assert.Contains("0", ContainerJournal.Read(Path, _ => true).Keys);
    }

    [Fact]
    public void Opening_keeps_only_the_records_it_is_given()
    {
        using (var journal = ContainerJournal.Open(Path, [Record("a")]))
        {
            journal.Append(Record("b"));
        }

        using (ContainerJournal.Open(Path, ContainerJournal.Read(Path, record => record.Id == "b").Values))
        {
        }

        Assert.Equal(["b"], ContainerJournal.Read(Path, _ => true).Keys);
    }

    private static ContainerRecord Record(string id) => new(
        id,
        "sandbox",
        new ContainerConfig("main", "sleep", [], ["3600"], [], null, [], ContainerResources.None, new Dictionary<string, string> { ["app"] = id }),
        "/bin/sleep",
        ["3600"],
        new Dictionary<string, string> { ["PATH"] = "/bin", ["HOSTNAME"] = id },
        "/tmp",
        DateTimeOffset.UnixEpoch,
        null);
}
