using static Orchestrator.Actors.Persistence.Journal.JournalProtocol;

namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// Replay: the plugin's events go to the recovering actor in chunks (<see cref="ReplayedMessages"/>), then
/// <see cref="RecoverySuccess"/>. A message per event would cost a mailbox hand-over and often a dispatcher
/// wake-up per event, more than applying the event; a chunk keeps the actor busy with a whole run of them.
/// </summary>
internal sealed partial class JournalActor
{
    /// <summary>The most events one <see cref="ReplayedMessages"/> carries; the actor applies a chunk while the plugin reads the next.</summary>
    internal const int ReplayChunkSize = 256;

    private async Task ReplayAsync(ReplayMessages request)
    {
        var actor = request.PersistentActor;
        var chunks = new ReplayChunks(actor);
        try
        {
            var highest = await _breaker.WithCircuitBreaker(token => _journal.ReplayAndReadHighestAsync(
                request.PersistenceId,
                request.FromSequenceNr,
                request.ToSequenceNr,
                request.Max,
                chunks.Add,
                token)).ConfigureAwait(false);
            chunks.Flush();
            actor.Tell(new RecoverySuccess(highest), Self);
        }
        catch (Exception e)
        {
            actor.Tell(new ReplayMessagesFailure(e), Self);
        }
    }

    /// <summary>Collects the plugin's callbacks (made in order, one at a time) into chunks and sends each full one.</summary>
    private sealed class ReplayChunks(IActorRef actor)
    {
        private List<PersistentRepresentation>? _chunk;

        public void Add(PersistentRepresentation persistent)
        {
            (_chunk ??= new List<PersistentRepresentation>(4)).Add(persistent);
            if (_chunk.Count == ReplayChunkSize)
            {
                Flush();
            }
        }

        /// <summary>Sends the events collected so far, if any.</summary>
        public void Flush()
        {
            if (_chunk is { Count: > 0 } chunk)
            {
                _chunk = null;
                actor.Tell(new ReplayedMessages(chunk), ActorRefs.NoSender);
            }
        }
    }
}
