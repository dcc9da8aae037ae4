using Xunit.Sdk;

namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>
/// A fact that runs against a database. Written once in a shared spec (an abstract test class), it runs in
/// each concrete class: skipped, with the reason, in a class marked <see cref="RequiresPostgresAttribute"/>
/// when PostgreSQL is not available (see <see cref="PostgresEnvironment"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Orchestrator.Actors.Sql.Tests.Infrastructure.DatabaseFactDiscoverer", "Orchestrator.Actors.Sql.Tests")]
public sealed class DatabaseFactAttribute : FactAttribute;
