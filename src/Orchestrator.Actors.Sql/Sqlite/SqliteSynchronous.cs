namespace Orchestrator.Actors.Sql.Sqlite;

/// <summary>SQLite's <c>PRAGMA synchronous</c>: how hard a commit waits for the disk (in WAL mode).</summary>
public enum SqliteSynchronous
{
    /// <summary>No syncs: a crash of the machine may lose recent commits.</summary>
    Off,

    /// <summary>Syncs at checkpoints only: a power failure may lose recent commits, never corrupts.</summary>
    Normal,

    /// <summary>Syncs the WAL at every commit: a completed write survives a power failure. The default.</summary>
    Full,

    /// <summary>As <see cref="Full"/>, and syncs the directory too.</summary>
    Extra,
}
