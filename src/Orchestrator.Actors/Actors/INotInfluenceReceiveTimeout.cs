namespace Orchestrator.Actors;

/// <summary>Marks messages whose arrival does not reset an actor's receive timeout.</summary>
public interface INotInfluenceReceiveTimeout;
