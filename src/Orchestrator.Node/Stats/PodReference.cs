namespace Orchestrator.Node.Stats;

/// <summary>Which pod a set of stats belongs to.</summary>
/// <param name="Name">The pod's name.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="Uid">Its uid.</param>
public sealed record PodReference(string Name, string Namespace, string Uid);
