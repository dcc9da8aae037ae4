namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>An event (or snapshot) the tests register for serialization as <c>test-event</c>.</summary>
public sealed record TestEvent(string Text);
