using Xunit.Sdk;

// The shared read journal spec (linked from Orchestrator.Actors.Tests/PersistenceQuery/Spec) names this
// attribute in its own namespace; here it is a database fact, skipped in PostgreSQL classes without a server.
namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>A test of the shared read journal spec, discovered like <see cref="Sql.Tests.Infrastructure.DatabaseFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Orchestrator.Actors.Sql.Tests.Infrastructure.DatabaseFactDiscoverer", "Orchestrator.Actors.Sql.Tests")]
public sealed class ReadJournalFactAttribute : FactAttribute;
