namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>
/// A test of the shared read journal spec. In this project (the in-memory plugin) it is a plain fact; the SQL
/// tests, which compile the same spec, define their own that skips PostgreSQL tests without a server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadJournalFactAttribute : FactAttribute;
