using Microsoft.Data.Sqlite;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Sql.Sqlite;

/// <summary>Where and how a SQLite plugin connects, read from its section once.</summary>
/// <param name="ConnectionString">The Microsoft.Data.Sqlite connection string, with an absolute path.</param>
/// <param name="DatabasePath">The absolute path of the database file.</param>
/// <param name="Synchronous">PRAGMA synchronous of every connection.</param>
/// <param name="BusyTimeout">How long a statement waits for another writer's lock.</param>
public sealed record SqliteConnectionSettings(string ConnectionString, string DatabasePath, SqliteSynchronous Synchronous, TimeSpan BusyTimeout)
{
    /// <summary>Reads <c>data-source</c> (or <c>connection-string</c>), <c>synchronous</c> and <c>busy-timeout</c>; a relative path is resolved against the working directory.</summary>
    /// <exception cref="ConfigurationException">A setting is missing or invalid.</exception>
    public static SqliteConnectionSettings Create(Config config, string plugin)
    {
        ArgumentNullException.ThrowIfNull(config);
        var explicitString = config.GetString("connection-string", string.Empty);
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = explicitString.Length > 0
                ? new SqliteConnectionStringBuilder(explicitString)
                : new SqliteConnectionStringBuilder { DataSource = config.GetString("data-source") };
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"{plugin}: connection-string is not a valid SQLite connection string: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new ConfigurationException($"{plugin}: data-source must name a database file (an in-memory SQLite database is not shared between the plugin's connections; use the in-memory plugin for that).");
        }

        var busyTimeout = config.GetTimeSpan("busy-timeout");
        if (busyTimeout < TimeSpan.Zero || busyTimeout == Timeout.InfiniteTimeSpan)
        {
            throw new ConfigurationException($"{plugin}: busy-timeout must be a finite duration, got {busyTimeout}.");
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource);
        builder.DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds);
        return new SqliteConnectionSettings(builder.ConnectionString, builder.DataSource, ParseSynchronous(config.GetString("synchronous"), plugin), busyTimeout);
    }

    private static SqliteSynchronous ParseSynchronous(string text, string plugin) =>
        Enum.TryParse<SqliteSynchronous>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new ConfigurationException($"{plugin}: synchronous = \"{text}\" is not one of full, normal, extra, off.");
}
