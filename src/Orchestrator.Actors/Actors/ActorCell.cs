using Orchestrator.Actors.Dispatch;
using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>
/// The runtime side of one actor: its mailbox, children, watchers, behaviour stack and
/// fault state. Everything here runs on the actor's own thread of the moment, except
/// child creation from outside (guarded) and message posting (lock-free). Split by
/// concern into partial files: children, death watch, faults, receive timeout, tasks.
/// </summary>
internal sealed partial class ActorCell : IActorContext
{
    [ThreadStatic]
    private static ActorCell? t_current;

    private readonly ActorSystemImpl _system;
    private readonly IInternalActorRef _parent;
    private readonly Props _props;
    private readonly MessageDispatcher _dispatcher;
    private ActorBase? _actor;
    private Envelope _currentEnvelope;
    private long _envelopeId;
    private Stack<Receive>? _behaviors;
    private TimerScheduler? _timers;

    public ActorCell(ActorSystemImpl system, ActorPath path, Props props, MessageDispatcher dispatcher, IMessageQueue queue, IInternalActorRef parent)
    {
        _system = system;
        _props = props;
        _dispatcher = dispatcher;
        _parent = parent;
        Mailbox = new Mailbox(queue);
        Self = new LocalActorRef(this, path);
        Mailbox.Attach(this, dispatcher);
    }

    /// <summary>The cell whose actor runs on this thread now, if any.</summary>
    public static ActorCell? Current => t_current;

    public Mailbox Mailbox { get; }

    public LocalActorRef Self { get; }

    public ActorSystemImpl SystemImpl => _system;

    public IInternalActorRef InternalParent => _parent;

    public ActorBase? Actor => _actor;

    public Envelope CurrentEnvelope => _currentEnvelope;

    /// <summary>Counts user messages: tells one delivery from another even when both carry the same instance.</summary>
    public long CurrentEnvelopeId => _envelopeId;

    IActorRef IActorContext.Self => Self;

    public IActorRef Sender => _currentEnvelope.Sender ?? _system.DeadLetters;

    public IActorRef Parent => _parent;

    public Props Props => _props;

    public ActorSystem System => _system;

    public MessageDispatcher Dispatcher => _dispatcher;

    /// <summary>Starts the actor: queues Create, the first system message.</summary>
    public void Start()
    {
        _dispatcher.Attach(this);
        Mailbox.PostSystem(new Create());
    }

    /// <summary>Posts a user message; refused or late messages go to dead letters.</summary>
    public void Post(object message, IActorRef? sender)
    {
        var envelope = new Envelope(message, sender);
        if (Mailbox.IsClosed || !Mailbox.Post(envelope))
        {
            SendToDeadLetters(envelope);
        }
        else if (Mailbox.IsClosed)
        {
            // The actor closed while this message went in, perhaps after its mailbox was cleaned up.
            Mailbox.DrainLateMessages();
        }
    }

    public void SendSystemMessage(SystemMessage message) => Mailbox.PostSystem(message);

    /// <summary>Processes one user message.</summary>
    public void Invoke(Envelope envelope)
    {
        var previous = t_current;
        t_current = this;
        var influencesTimeout = true;
        _envelopeId++;
        try
        {
            _currentEnvelope = envelope;
            if (envelope.Message is IAutoReceivedMessage)
            {
                influencesTimeout = AutoReceive(envelope);
            }
            else
            {
                influencesTimeout = envelope.Message is not INotInfluenceReceiveTimeout;
                ReceiveMessage(envelope.Message);
            }
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }
        finally
        {
            _currentEnvelope = default;
            t_current = previous;
            if (influencesTimeout)
            {
                TouchReceiveTimeout();
            }
        }
    }

    /// <summary>Processes one system message.</summary>
    public void SystemInvoke(SystemMessage message)
    {
        var previous = t_current;
        t_current = this;
        try
        {
            switch (message)
            {
                case Create:
                    CreateActor();
                    break;
                case Watch watch:
                    AddWatcher(watch.Watchee, watch.Watcher);
                    break;
                case Unwatch unwatch:
                    RemoveWatcher(unwatch.Watchee, unwatch.Watcher);
                    break;
                case Recreate recreate:
                    FaultRecreate(recreate.Cause);
                    break;
                case Suspend:
                    FaultSuspend();
                    break;
                case Resume resume:
                    FaultResume(resume.CausedByFailure);
                    break;
                case Terminate:
                    BeginTerminate();
                    break;
                case Failed failed:
                    HandleFailed(failed);
                    break;
                case DeathWatchNotification notification:
                    WatchedActorTerminated(notification);
                    break;
                case ActorTaskContinuation continuation:
                    RunContinuation(continuation);
                    break;
                case ActorTaskCompleted completed:
                    TaskCompleted(completed);
                    break;
            }
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }
        finally
        {
            t_current = previous;
        }
    }

    /// <summary>Handles the runtime's own messages; returns whether it counts as activity for the receive timeout.</summary>
    private bool AutoReceive(Envelope envelope)
    {
        switch (envelope.Message)
        {
            case Terminated terminated:
                ReceivedTerminated(terminated);
                return true;
            case TimerScheduler.TimerMessage timer:
                var message = _timers?.Intercept(timer);
                if (message is null)
                {
                    return false;
                }

                _currentEnvelope = new Envelope(message, envelope.Sender);
                ReceiveMessage(message);
                return message is not INotInfluenceReceiveTimeout;
            case ReceiveTimeoutTick tick:
                OnReceiveTimeoutTick(tick);
                return false;
            case PoisonPill:
                Self.Stop();
                return true;
            case Kill:
                throw new ActorKilledException("Kill");
            case Identify identify:
                Sender.Tell(new ActorIdentity(identify.MessageId, Self), Self);
                return true;
            default:
                ReceiveMessage(envelope.Message);
                return true;
        }
    }

    private void ReceiveMessage(object message)
    {
        var actor = _actor;
        if (actor is null)
        {
            SendToDeadLetters(_currentEnvelope);
            return;
        }

        var behavior = _behaviors is { Count: > 0 } stack ? stack.Peek() : actor.DefaultBehavior;
        if (!actor.AroundReceive(behavior, message))
        {
            actor.InvokeUnhandled(message);
        }
    }

    public void Become(Receive receive)
    {
        var stack = _behaviors ??= new Stack<Receive>();
        if (stack.Count > 0)
        {
            stack.Pop();
        }

        stack.Push(receive);
    }

    public void BecomeStacked(Receive receive) => (_behaviors ??= new Stack<Receive>()).Push(receive);

    public void UnbecomeStacked()
    {
        if (_behaviors is { Count: > 0 })
        {
            _behaviors.Pop();
        }
    }

    public ActorSelection ActorSelection(string path) => Orchestrator.Actors.ActorSelection.Create(Self, _system, path);

    /// <summary>Makes the actor instance, with Current pointing at this cell for its constructor.</summary>
    private void NewActor()
    {
        _behaviors = null;
        var previous = t_current;
        t_current = this;
        try
        {
            var actor = _props.NewActor();
            if (actor is IWithTimers withTimers)
            {
                withTimers.Timers = _timers ??= new TimerScheduler(this);
            }

            if (actor is IWithUnboundedStash withStash)
            {
                withStash.Stash = new UnboundedStash(this);
            }

            _actor = actor;
        }
        finally
        {
            t_current = previous;
        }
    }

    public override string ToString() => $"ActorCell({Self.Path})";
}
