using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks;

/// <summary>
/// The benchmark harness: <c>dotnet run -c Release --project bench/Orchestrator.Benchmarks -- &lt;scenario&gt; [--quick]</c>.
/// Progress goes to standard error; the report goes to standard output and ends with
/// one JSON line.
/// </summary>
public static class Program
{
    /// <summary>Runs the command; exits 0 on success, 2 on a bad command line, 1 when the scenario failed.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args is [Scenarios.RemotePingPong.RemoteEchoHost.Command])
        {
            // The child process of remote-pingpong, started by the scenario itself.
            return await Scenarios.RemotePingPong.RemoteEchoHost.RunAsync();
        }

        if (!CommandLine.TryParse(args, Console.Error, out var command, out var error))
        {
            await Console.Error.WriteLineAsync($"error: {error}");
            await Console.Error.WriteLineAsync(CommandLine.Usage);
            return CommandLine.UsageExitCode;
        }

        switch (command!.Kind)
        {
            case CommandKind.Help:
                Console.WriteLine(CommandLine.Usage);
                return 0;
            case CommandKind.List:
                var width = ScenarioRegistry.All.Max(scenario => scenario.Name.Length);
                foreach (var scenario in ScenarioRegistry.All)
                {
                    Console.WriteLine($"{scenario.Name.PadRight(width)}  {scenario.Description}");
                }

                return 0;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var foreignLoad = ForeignLoad.Start();
            var report = await command.Scenario!.RunAsync(command.Options!, cancellation.Token);
            ReportWriter.Write(Console.Out, report with { ForeignCpuShare = foreignLoad.Share() }, command.Options!);
            return 0;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 1;
        }
        catch (TimeoutException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}
