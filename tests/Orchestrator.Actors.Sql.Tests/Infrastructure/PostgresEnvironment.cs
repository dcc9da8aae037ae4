namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>
/// Where the PostgreSQL tests get a server: <c>ORCH_POSTGRES_CONNECTION</c> (a server someone else runs; the
/// user must be allowed to create databases), else the PostgreSQL 15 binaries, with which
/// <see cref="PostgresServer"/> starts a throwaway server. Without either the tests skip, unless
/// <c>ORCH_REQUIRE_POSTGRES=1</c> (set by .ci/run), in which case they fail.
/// </summary>
public static class PostgresEnvironment
{
    /// <summary>A connection string to an existing server, used instead of starting one.</summary>
    public const string ConnectionVariable = "ORCH_POSTGRES_CONNECTION";

    /// <summary>When "1", a missing PostgreSQL fails the tests instead of skipping them.</summary>
    public const string RequireVariable = "ORCH_REQUIRE_POSTGRES";

    /// <summary>Where to look for initdb and pg_ctl instead of <see cref="DefaultBinDirectory"/>.</summary>
    public const string BinVariable = "ORCH_POSTGRES_BIN";

    /// <summary>Where Debian's postgresql-15 package puts initdb and pg_ctl.</summary>
    public const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";

    /// <summary>The external server's connection string, when <see cref="ConnectionVariable"/> is set.</summary>
    public static string? ExternalConnection => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    /// <summary>True when the tests must fail rather than skip without PostgreSQL.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The directory with initdb and pg_ctl (<see cref="BinVariable"/>, else <see cref="DefaultBinDirectory"/>), or null.</summary>
    public static string? BinDirectory
    {
        get
        {
            var directory = Environment.GetEnvironmentVariable(BinVariable) is { Length: > 0 } value ? value : DefaultBinDirectory;
            return File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")) ? directory : null;
        }
    }

    /// <summary>Why PostgreSQL tests are skipped, or null when they run (a server is available, or one is required).</summary>
    public static string? SkipReason => ExternalConnection is null && BinDirectory is null && !Required ? Unavailable : null;

    /// <summary>What is missing.</summary>
    public static string Unavailable =>
        $"PostgreSQL is not available: {ConnectionVariable} is not set and PostgreSQL 15 is not installed (no initdb and pg_ctl in {Environment.GetEnvironmentVariable(BinVariable) ?? DefaultBinDirectory}). " +
        $"Install it with .ci/services.sh (apt-get install postgresql-15) or point {ConnectionVariable} at a server; {RequireVariable}=1 turns this skip into a failure.";
}
