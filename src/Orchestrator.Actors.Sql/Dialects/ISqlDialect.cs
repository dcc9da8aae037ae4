using System.Data.Common;

namespace Orchestrator.Actors.Sql.Dialects;

/// <summary>
/// What differs between the databases; everything else (statements, group commit, migrations) is shared.
/// Statements use positional parameters <c>$1, $2...</c>, which both SQLite and PostgreSQL accept, added
/// with <see cref="AddParameter"/>.
/// </summary>
internal interface ISqlDialect : IAsyncDisposable
{
    /// <summary>The folder of the database's migration scripts: <c>Sqlite</c> or <c>Postgres</c>.</summary>
    string Name { get; }

    /// <summary>The database, independent of credentials and pool settings: <c>sqlite:/abs/path.db</c>, <c>postgresql://host:port/db</c>.</summary>
    string DatabaseIdentity { get; }

    /// <summary>Rows per multi-row insert statement, within the database's limit on parameters.</summary>
    int MaxRowsPerInsert { get; }

    /// <summary>
    /// True when a batch of reads of many entities is worth one statement (a server with round trips to
    /// save: PostgreSQL); false when one prepared statement per entity is cheaper (SQLite, in process).
    /// </summary>
    bool CombinesReads { get; }

    /// <summary>Opens a connection, ready for use (pragmas applied).</summary>
    ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Begins a transaction that no other writer holding <paramref name="lockKey"/> overlaps, in this process
    /// or another: SQLite's <c>BEGIN IMMEDIATE</c> (one writer per database), PostgreSQL's
    /// <c>pg_advisory_xact_lock</c>, released at commit or rollback.
    /// </summary>
    ValueTask<DbTransaction> BeginExclusiveTransactionAsync(DbConnection connection, long lockKey, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="exception"/> is a violation of a unique key or primary key.</summary>
    bool IsUniqueViolation(Exception exception);

    /// <summary>Drops the pool's idle connections: after a failure that may have broken them all (a server restart).</summary>
    void ClearPool();

    /// <summary>Adds the value of placeholder <c>$<paramref name="position"/></c> (from 1; added in order).</summary>
    void AddParameter(DbCommand command, int position, object value);
}
