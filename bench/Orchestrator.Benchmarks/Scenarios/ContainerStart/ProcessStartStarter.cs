using System.Diagnostics;

namespace Orchestrator.Benchmarks.Scenarios.ContainerStart;

/// <summary>The process runtime's baseline: a plain Process.Start of the same command; disposing kills them.</summary>
internal sealed class ProcessStartStarter(string key, string program, IReadOnlyList<string> arguments) : IStarter
{
    private readonly List<Process> _processes = [];

    public string Key { get; } = key;

    public Task<TimeSpan> StartOneAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var begun = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var elapsed = Stopwatch.GetElapsedTime(begun);
        _processes.Add(process);
        return Task.FromResult(elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            process.Kill();
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }
}
