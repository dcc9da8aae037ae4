namespace Orchestrator.Benchmarks.Harness;

/// <summary>One measured number and the key it has in the JSON line (snake_case, unit in the name).</summary>
public readonly record struct Figure(string Key, double Value);
