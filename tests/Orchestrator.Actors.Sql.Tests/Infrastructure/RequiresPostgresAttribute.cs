namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>
/// Marks a test class whose <see cref="DatabaseFactAttribute"/> tests need PostgreSQL: they are skipped, with
/// the reason, when <see cref="PostgresEnvironment.SkipReason"/> says so.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresPostgresAttribute : Attribute;
