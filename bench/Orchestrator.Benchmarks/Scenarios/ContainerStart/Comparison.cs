namespace Orchestrator.Benchmarks.Scenarios.ContainerStart;

/// <summary>A starter measured beside its baseline, in one trial: their latencies, sampled alternately.</summary>
/// <param name="Label">The row label, e.g. <c>docker runtime vs docker run -d</c>.</param>
/// <param name="RatioKey">The JSON key stem of subject/baseline, e.g. <c>docker_ratio</c>.</param>
/// <param name="MaximumRatio">The target: subject at most this many times the baseline; null for none.</param>
/// <param name="Subject">Our runtime's latencies.</param>
/// <param name="Baseline">The baseline's latencies.</param>
internal sealed record Comparison(string Label, string RatioKey, double? MaximumRatio, Latencies Subject, Latencies Baseline);
