using System.Data.Common;
using Orchestrator.Actors.Sql.Dialects;
using Orchestrator.Actors.Sql.Migrations;

namespace Orchestrator.Actors.Sql;

/// <summary>
/// A plugin's database: hands out connections once the plugin's table is migrated (when auto-initialize
/// is on). Initialization runs once, on first use, and is tried again on the next use if it failed (the
/// database was not reachable yet), so a plugin never does I/O in its constructor.
/// </summary>
internal sealed class SqlDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Migrator? _migrator;
    private volatile bool _ready;

    public SqlDatabase(ISqlDialect dialect, Migrator? migrator)
    {
        Dialect = dialect;
        _migrator = migrator;
    }

    public ISqlDialect Dialect { get; }

    /// <summary>Migrates the table if that has not been done yet.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                if (_migrator is not null)
                {
                    await _migrator.MigrateAsync(cancellationToken);
                }

                _ready = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>An open connection to the initialized database.</summary>
    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await Dialect.OpenAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Dialect.DisposeAsync();
        _gate.Dispose();
    }
}
