using System.Text;

namespace Orchestrator.Actors.Sql.Dialects;

/// <summary>Stable 64-bit keys for database-wide locks (PostgreSQL advisory locks), the same in every process.</summary>
internal static class LockKeys
{
    /// <summary>The lock that migrations of every table run under.</summary>
    public static long Migrations { get; } = For("orch.persistence.migrations");

    /// <summary>The lock writers of the journal table <paramref name="table"/> hold while inserting and committing.</summary>
    public static long JournalWrites(string table) => For("orch.persistence.journal:" + table);

    /// <summary>FNV-1a of the UTF-8 text: unlike string.GetHashCode, the same in every process.</summary>
    private static long For(string text)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * prime);
        }

        return unchecked((long)hash);
    }
}
