namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>An event type nobody registers: the journal must reject it.</summary>
public sealed record UnregisteredEvent(string Text);
