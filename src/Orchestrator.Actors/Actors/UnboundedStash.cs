using Orchestrator.Actors.Dispatch;

namespace Orchestrator.Actors;

/// <summary>The stash of one actor. Used only from that actor's thread.</summary>
internal sealed class UnboundedStash(ActorCell cell) : IStash
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
            cell.Mailbox.PostFirst(first.Value);
        }
    }

    public void UnstashAll() => UnstashAll(static _ => true);

    public void UnstashAll(Func<Envelope, bool> predicate)
    {
        foreach (var envelope in _stashed)
        {
            if (predicate(envelope))
            {
                cell.Mailbox.PostFirst(envelope);
            }
        }

        _stashed.Clear();
    }

    public IReadOnlyList<Envelope> ClearStash()
    {
        var result = _stashed.ToArray();
        _stashed.Clear();
        return result;
    }
}
