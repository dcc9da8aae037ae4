using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Persistence;

/// <summary>
/// Limits how many persistent actors recover at once (<c>orch.persistence.max-concurrent-recoveries</c>),
/// as Akka's <c>RecoveryPermitter</c>, so that starting thousands of entities does not swamp the journal.
/// Requests beyond the limit wait in arrival order. A permit comes back when its holder returns it or
/// stops; a waiting actor that stops leaves the queue. Requests and returns are idempotent per actor.
/// </summary>
internal sealed partial class RecoveryPermitter : ActorBase
{
    private readonly int _maxPermits;
    private readonly HashSet<IActorRef> _holders = [];
    private readonly LinkedList<IActorRef> _pending = new();
    private readonly Dictionary<IActorRef, LinkedListNode<IActorRef>> _waiting = [];
    private readonly ILogger _log;
    private int _maxPending;

    private RecoveryPermitter(int maxPermits)
    {
        _maxPermits = maxPermits;
        _log = Context.System.LoggerFactory.CreateLogger<RecoveryPermitter>();
    }

    /// <summary>The props of a permitter with <paramref name="maxPermits"/> permits.</summary>
    public static Props Props(int maxPermits) => Orchestrator.Actors.Props.Create(() => new RecoveryPermitter(maxPermits));

    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case RequestRecoveryPermit:
                Request(Sender);
                return true;
            case ReturnRecoveryPermit:
                Return(Sender);
                return true;
            case Terminated terminated:
                if (_waiting.Remove(terminated.ActorRef, out var node))
                {
                    _pending.Remove(node);
                }
                else
                {
                    Return(terminated.ActorRef);
                }

                return true;
            default:
                return false;
        }
    }

    private void Request(IActorRef requester)
    {
        if (_holders.Contains(requester))
        {
            // A restarted incarnation asks again for the permit its predecessor held.
            requester.Tell(RecoveryPermitGranted.Instance, Self);
            return;
        }

        if (_waiting.ContainsKey(requester))
        {
            return;
        }

        Context.Watch(requester);
        if (_holders.Count < _maxPermits)
        {
            Grant(requester);
            return;
        }

        if (_pending.Count == 0)
        {
            Log.PermitsExhausted(_log, _maxPermits, requester.Path);
        }

        _waiting.Add(requester, _pending.AddLast(requester));
        _maxPending = Math.Max(_maxPending, _pending.Count);
    }

    private void Return(IActorRef holder)
    {
        if (!_holders.Remove(holder))
        {
            return;
        }

        Context.Unwatch(holder);
        if (_pending.First is { } next)
        {
            _pending.RemoveFirst();
            _waiting.Remove(next.Value);
            Grant(next.Value);
            if (_pending.Count == 0)
            {
                Log.PendingDrained(_log, _maxPending);
                _maxPending = 0;
            }
        }
    }

    private void Grant(IActorRef requester)
    {
        _holders.Add(requester);
        requester.Tell(RecoveryPermitGranted.Instance, Self);
    }
}
