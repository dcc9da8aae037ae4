namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// Tags as the journal's <c>tags</c> column holds them: <c>;a;b;</c> (sorted), or the empty string for none,
/// so that an exact substring test for <c>;a;</c> finds an event tagged <c>a</c> and nothing else.
/// </summary>
internal static class TagCodec
{
    public const char Separator = ';';

    /// <summary>The column value of <paramref name="tags"/>.</summary>
    /// <exception cref="ArgumentException">A tag is empty or contains the separator.</exception>
    public static string Encode(IReadOnlySet<string> tags)
    {
        if (tags.Count == 0)
        {
            return string.Empty;
        }

        foreach (var tag in tags)
        {
            if (string.IsNullOrEmpty(tag) || tag.Contains(Separator, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The tag '{tag}' cannot be stored: tags are non-empty and contain no '{Separator}'.", nameof(tags));
            }
        }

        var sorted = tags.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return Separator + string.Join(Separator, sorted) + Separator;
    }

    /// <summary>The tags of a column value.</summary>
    public static IReadOnlySet<string> Decode(string column) =>
        column.Length == 0
            ? Persistence.Journal.PersistentRepresentation.NoTags
            : new HashSet<string>(column.Split(Separator, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
