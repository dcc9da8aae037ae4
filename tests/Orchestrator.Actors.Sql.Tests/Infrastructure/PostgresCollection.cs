namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>The tests that share one <see cref="PostgresServer"/>: put <c>[Collection(PostgresCollection.Name)]</c> on a class to get it injected.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
