using Orchestrator.Actors.Dispatch;

namespace Orchestrator.Actors;

/// <summary>
/// The stash of one actor. Used only from that actor's thread. Unstashed messages go in front of the mailbox,
/// ahead of those an earlier unstash left waiting (Akka's order), unless <paramref name="behindEarlierUnstashes"/>.
/// </summary>
internal sealed class UnboundedStash(ActorCell cell, bool behindEarlierUnstashes = false) : IStash
{
    private readonly LinkedList<Envelope> _stashed = new();
    private long _lastStashedEnvelopeId = -1;

    public int Count => _stashed.Count;

    public void Stash()
    {
        var current = cell.CurrentEnvelope;
        if (current.Message is null)
        {
            throw new InvalidOperationException("Stash() is only valid while processing a message.");
        }

        // The same instance may legitimately arrive twice (a singleton, an interned string):
        // only stashing one delivery twice is an error.
        if (_lastStashedEnvelopeId == cell.CurrentEnvelopeId)
        {
            throw new InvalidOperationException($"The message {current.Message.GetType().Name} is already stashed: stash a message once.");
        }

        _stashed.AddLast(current);
        _lastStashedEnvelopeId = cell.CurrentEnvelopeId;
    }

    public void Unstash()
    {
        if (_stashed.First is { } first)
        {
            _stashed.RemoveFirst();
            Return([first.Value]);
        }
    }

    public void UnstashAll() => UnstashAll(static _ => true);

    public void UnstashAll(Func<Envelope, bool> predicate)
    {
        var unstashed = new List<Envelope>(_stashed.Count);
        foreach (var envelope in _stashed)
        {
            if (predicate(envelope))
            {
                unstashed.Add(envelope);
            }
        }

        _stashed.Clear();
        Return(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(unstashed));
    }

    private void Return(ReadOnlySpan<Envelope> envelopes)
    {
        if (behindEarlierUnstashes)
        {
            cell.Mailbox.PostBehindUnstashed(envelopes);
        }
        else
        {
            cell.Mailbox.PostFirst(envelopes);
        }
    }

    public IReadOnlyList<Envelope> ClearStash()
    {
        var result = _stashed.ToArray();
        _stashed.Clear();
        return result;
    }
}
