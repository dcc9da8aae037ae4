namespace Orchestrator.Actors;

/// <summary>Messages every actor handles itself before its receive sees them.</summary>
public interface IAutoReceivedMessage;
