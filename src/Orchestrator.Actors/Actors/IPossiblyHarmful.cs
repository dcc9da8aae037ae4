namespace Orchestrator.Actors;

/// <summary>Marks runtime messages that must never be accepted from another system as user messages.</summary>
public interface IPossiblyHarmful;
