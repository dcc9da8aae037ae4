namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// A database the persistence scenarios run on: it names the journal and snapshot-store plugins and makes
/// a new, empty database for each measurement, so that no trial reads or extends another's table.
/// </summary>
internal abstract class JournalBackend : IAsyncDisposable
{
    /// <summary>The database's name in figure labels and JSON keys: <c>sqlite</c>, <c>postgresql</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The journal plugin's id (its configuration path).</summary>
    public abstract string JournalPluginId { get; }

    /// <summary>The snapshot-store plugin's id on the same database.</summary>
    public abstract string SnapshotPluginId { get; }

    /// <summary>How durable a commit is, for the report's notes.</summary>
    public abstract string Durability { get; }

    /// <summary>
    /// Makes a new, empty database and returns the HOCON settings that point both plugins' sections at it
    /// (a data source or a connection string, and the durability).
    /// </summary>
    public abstract Task<string> CreateDatabaseAsync(string label, CancellationToken cancellationToken);

    /// <summary>Removes the databases made, and the server if one was started.</summary>
    public abstract ValueTask DisposeAsync();
}
