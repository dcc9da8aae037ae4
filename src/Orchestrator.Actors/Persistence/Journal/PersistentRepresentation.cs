namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// One event as the journal stores it: the payload (an object, serialised by the plugin),
/// its entity and position, the tags it is queryable by, and who wrote it.
/// </summary>
/// <param name="Payload">The event.</param>
/// <param name="PersistenceId">The entity, e.g. <c>pod/default/web-1</c>.</param>
/// <param name="SequenceNr">The event's position in its entity's history, from 1.</param>
/// <param name="WriterId">The incarnation that wrote it (a persistent actor's random writer id).</param>
/// <param name="Tags">Tags for <c>EventsByTag</c> queries; empty when none.</param>
/// <param name="Timestamp">When it was written, in Unix milliseconds (0 until the journal sets it).</param>
public sealed record PersistentRepresentation(
    object Payload,
    string PersistenceId,
    long SequenceNr,
    string WriterId,
    IReadOnlySet<string> Tags,
    long Timestamp = 0)
{
    /// <summary>No tags.</summary>
    public static IReadOnlySet<string> NoTags { get; } = new HashSet<string>(StringComparer.Ordinal);
}
