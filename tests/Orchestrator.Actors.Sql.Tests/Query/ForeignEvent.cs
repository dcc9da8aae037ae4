namespace Orchestrator.Actors.Sql.Tests.Query;

/// <summary>An event type that only another process registers: this one cannot read it.</summary>
public sealed record ForeignEvent(string Text);
