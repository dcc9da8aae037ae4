namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// An event to persist with tags, for <c>EventsByTag</c> queries: pass it to Persist and the journal
/// stores <paramref name="Payload"/> with <paramref name="Tags"/>. The persist handler receives this
/// wrapper as given; recovery replays the bare payload.
/// </summary>
/// <param name="Payload">The event itself.</param>
/// <param name="Tags">The tags to store it under.</param>
public sealed record Tagged(object Payload, IReadOnlySet<string> Tags)
{
    /// <summary>Tags <paramref name="payload"/> with <paramref name="tags"/>.</summary>
    public Tagged(object payload, params string[] tags)
        : this(payload, new HashSet<string>(tags, StringComparer.Ordinal))
    {
    }
}
