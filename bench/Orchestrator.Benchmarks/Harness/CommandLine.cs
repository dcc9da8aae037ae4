using System.Globalization;

namespace Orchestrator.Benchmarks.Harness;

/// <summary>
/// The parsed command line: <c>list</c>, <c>help</c>, or
/// <c>&lt;scenario&gt; [--quick] [--trials N]</c>.
/// </summary>
public sealed record CommandLine(CommandKind Kind, IScenario? Scenario, ScenarioOptions? Options)
{
    /// <summary>The exit code for a command line the harness does not understand.</summary>
    public const int UsageExitCode = 2;

    /// <summary>The usage text, listing the scenarios.</summary>
    public static string Usage
    {
        get
        {
            var names = string.Join(", ", ScenarioRegistry.All.Select(scenario => scenario.Name));
            return $"""
                usage: dotnet run -c Release --project bench/Orchestrator.Benchmarks -- <scenario> [--quick] [--trials N]
                       dotnet run -c Release --project bench/Orchestrator.Benchmarks -- list
                  <scenario>    one of: {names}
                  --quick       a smoke run: small workloads, 1 trial (about 20 s at most per scenario)
                  --trials N    measured trials; the report gives their median (default 3, or 1 with --quick)
                The last line of output is one JSON object with the scenario's figures.
                """;
        }
    }

    /// <summary>Parses the arguments; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(IReadOnlyList<string> args, TextWriter progress, out CommandLine? parsed, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        parsed = null;
        error = null;
        if (args.Count == 0)
        {
            error = "no scenario given";
            return false;
        }

        switch (args[0])
        {
            case "list" when args.Count == 1:
                parsed = new CommandLine(CommandKind.List, null, null);
                return true;
            case "help" or "--help" or "-h" when args.Count == 1:
                parsed = new CommandLine(CommandKind.Help, null, null);
                return true;
        }

        if (ScenarioRegistry.Find(args[0]) is not { } scenario)
        {
            error = $"unknown scenario '{args[0]}'";
            return false;
        }

        var quick = false;
        int? trials = null;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick" when !quick:
                    quick = true;
                    break;
                case "--trials" when trials is null:
                    if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
                    {
                        error = "--trials needs a positive whole number";
                        return false;
                    }

                    trials = count;
                    i++;
                    break;
                default:
                    error = $"bad or repeated option '{args[i]}'";
                    return false;
            }
        }

        var options = new ScenarioOptions(quick, trials ?? ScenarioOptions.DefaultTrials(quick), progress);
        parsed = new CommandLine(CommandKind.Run, scenario, options);
        return true;
    }
}
