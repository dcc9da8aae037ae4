using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Reads;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// A recovery's read, queued for the replay loops: the entity's live events in
/// [<see cref="From"/>, <see cref="To"/>], at most <see cref="Max"/>, to <see cref="Callback"/>; its
/// result is the highest sequence number ever stored for the entity.
/// </summary>
internal sealed class ReplayRead(string persistenceId, long from, long to, long max, Action<PersistentRepresentation> callback) : BatchedRead<long>
{
    public string PersistenceId { get; } = persistenceId;

    public long From { get; } = from;

    public long To { get; } = to;

    public long Max { get; } = max;

    public Action<PersistentRepresentation> Callback { get; } = callback;
}
