using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

public abstract partial class ContainerRuntimeConformance
{
    [RuntimeFact]
    public async Task Logs_tag_each_line_with_its_stream_in_order()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        var status = await RunToExitAsync(Print([ScriptLine.Out("one"), ScriptLine.Err("two"), ScriptLine.Out("three"), ScriptLine.Err("four")], TimeSpan.Zero));

        var lines = await LogsAsync(status.Id);

        Assert.Equal(["one", "three"], lines.Where(l => l.Stream == LogStream.Stdout).Select(l => l.Text));
        Assert.Equal(["two", "four"], lines.Where(l => l.Stream == LogStream.Stderr).Select(l => l.Text));
        Assert.All(lines, line => Assert.InRange(line.Timestamp, before, DateTimeOffset.UtcNow.AddMinutes(1)));
    }

    [RuntimeFact]
    public async Task Tail_reads_only_the_last_lines()
    {
        var status = await RunToExitAsync(Print([.. Enumerable.Range(1, 6).Select(i => ScriptLine.Out($"line {i}"))], TimeSpan.Zero));

        var all = await LogsAsync(status.Id);
        var tail = await LogsAsync(status.Id, new LogOptions(Tail: 2));

        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"line {i}"), all.Select(l => l.Text));
        Assert.Equal(["line 5", "line 6"], tail.Select(l => l.Text));
    }

    [RuntimeFact]
    public async Task Following_reads_new_lines_and_ends_when_the_container_exits()
    {
        var id = await RunAsync(Print([ScriptLine.Out("first"), ScriptLine.Err("second"), ScriptLine.Out("third")], TimeSpan.FromMilliseconds(200)));

        // Started at once, the follow sees lines the container has not written yet, and ends with it.
        var lines = await LogsAsync(id, new LogOptions(Follow: true));

        Assert.Equal(["first", "second", "third"], lines.Select(l => l.Text));
        Assert.Equal([LogStream.Stdout, LogStream.Stderr, LogStream.Stdout], lines.Select(l => l.Stream));
        Assert.Equal(ContainerState.Exited, (await Within(Runtime.ContainerStatusAsync(id, CancellationToken.None))).State);
    }

    [RuntimeFact]
    public async Task Following_with_a_tail_starts_from_the_last_lines()
    {
        var id = await RunAsync(Print([ScriptLine.Out("a"), ScriptLine.Out("b"), ScriptLine.Out("c")], TimeSpan.Zero));
        await Within(Runtime.WaitContainerAsync(id, CancellationToken.None));

        var lines = await LogsAsync(id, new LogOptions(Follow: true, Tail: 1));

        Assert.Equal(["c"], lines.Select(l => l.Text));
    }

    [RuntimeFact]
    public async Task Following_ends_when_cancelled()
    {
        var id = await RunAsync(RunUntilStopped());
        using var cancel = new CancellationTokenSource();
        var seen = new List<string>();

        var follow = Task.Run(async () =>
        {
            await foreach (var line in Runtime.ReadLogsAsync(id, new LogOptions(Follow: true), cancel.Token))
            {
                seen.Add(line.Text);
                if (line.Text == ReadyLine)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        try
        {
            await Within(follow);
        }
        catch (OperationCanceledException)
        {
            // Ending by OperationCanceledException is as good as ending quietly.
        }

        Assert.Contains(ReadyLine, seen);
        Assert.Equal(ContainerState.Running, (await Within(Runtime.ContainerStatusAsync(id, CancellationToken.None))).State);
    }
}
