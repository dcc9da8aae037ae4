namespace Orchestrator.Actors;

/// <summary>A per-system singleton that a module adds to an actor system (coordinated shutdown, cluster, sharding...).</summary>
public interface IExtension;
