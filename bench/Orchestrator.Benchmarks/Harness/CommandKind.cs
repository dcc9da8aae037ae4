namespace Orchestrator.Benchmarks.Harness;

/// <summary>What the command line asks the harness to do.</summary>
public enum CommandKind
{
    /// <summary>Run one scenario and print its report.</summary>
    Run,

    /// <summary>Print the scenarios with their descriptions.</summary>
    List,

    /// <summary>Print the usage.</summary>
    Help,
}
