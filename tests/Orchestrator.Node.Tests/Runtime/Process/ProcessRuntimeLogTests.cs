using System.Globalization;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>The process runtime's log files: CRI entries, rotation at log-max-size keeping log-max-files, long lines.</summary>
public sealed class ProcessRuntimeLogTests : IAsyncLifetime
{
    private const int MaxFiles = 3;
    private readonly ProcessRuntimeHarness _harness = new(settings => settings with { LogMaxSize = 1024, LogMaxFiles = MaxFiles });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Rotates_the_log_at_its_maximum_size_and_keeps_the_newest_files()
    {
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh("i=1; while [ $i -le 300 ]; do echo line-$i; i=$((i+1)); done"));
        await _harness.WaitAsync(id);

        var directory = Path.Combine(_harness.Root.Directory, "containers", id);
        var files = Directory.GetFiles(directory, "container.log*").Select(Path.GetFileName).Order().ToList();
        var lines = await _harness.LogsAsync(id);
        var tail = await _harness.LogsAsync(id, new LogOptions(Tail: 3));

        Assert.Equal(["container.log", "container.log.1", "container.log.2"], files);
        Assert.All(files, file => Assert.InRange(new FileInfo(Path.Combine(directory, file!)).Length, 1, 1024));
        var numbers = lines.Select(l => int.Parse(l.Text["line-".Length..], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(300, numbers[^1]);
        Assert.Equal(Enumerable.Range(numbers[0], numbers.Count), numbers);
        Assert.InRange(numbers.Count, 20, 80);
        Assert.Equal(["line-298", "line-299", "line-300"], tail.Select(l => l.Text));
    }

    [Fact]
    public async Task Entries_are_in_the_cri_log_format()
    {
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh("echo to out; echo to err >&2"));
        await _harness.WaitAsync(id);

        var entries = await File.ReadAllLinesAsync(Path.Combine(_harness.Root.Directory, "containers", id, "container.log"));

        Assert.Equal(2, entries.Length);
        Assert.Contains(entries, e => System.Text.RegularExpressions.Regex.IsMatch(e, @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z stdout F to out$"));
        Assert.Contains(entries, e => System.Text.RegularExpressions.Regex.IsMatch(e, @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z stderr F to err$"));
    }

    [Fact]
    public async Task A_follower_reads_on_across_rotations()
    {
        var gate = Path.Combine(_harness.Root.Directory, "gate");
        // Three bursts of 15 lines (about 750 bytes each: a rotation at most per burst), each waiting for the gate to open.
        var script = $"for b in 1 2 3; do i=1; while [ $i -le 15 ]; do echo burst-$b-$i; i=$((i+1)); done; "
            + $"while [ ! -e {gate}-$b ]; do sleep 0.02; done; done";
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh(script));

        using var timeout = new CancellationTokenSource(ProcessRuntimeHarness.Patience);
        var lines = new List<string>();
        await foreach (var line in _harness.Runtime.ReadLogsAsync(id, new LogOptions(Follow: true), timeout.Token))
        {
            lines.Add(line.Text);
            if (line.Text.EndsWith("-15", StringComparison.Ordinal))
            {
                File.Create($"{gate}-{line.Text["burst-".Length]}").Dispose();
            }
        }

        Assert.Equal(
            from burst in Enumerable.Range(1, 3) from i in Enumerable.Range(1, 15) select $"burst-{burst}-{i}",
            lines);
        Assert.True(File.Exists(Path.Combine(_harness.Root.Directory, "containers", id, "container.log.1")), "The log was rotated.");
    }
}
