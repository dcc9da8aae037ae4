namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>The event the read journal spec writes, registered for serialization as <c>query-event</c>.</summary>
public sealed record QueryEvent(string Text);
