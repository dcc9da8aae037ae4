using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Pattern;

/// <summary>
/// Supervises one child and, when it fails (<see cref="Backoff.OnFailure(Props, string, TimeSpan, TimeSpan, double)"/>)
/// or stops (<see cref="Backoff.OnStop(Props, string, TimeSpan, TimeSpan, double)"/>), starts it again after an
/// exponential back-off, as Akka's <c>BackoffSupervisor</c>. Messages sent to the supervisor go to the child
/// (keeping their sender), or to dead letters while it is backing off; messages from the child go to the
/// supervisor's parent. The restart count resets once the child has run for a while, or on <see cref="Reset"/>.
/// </summary>
public sealed partial class BackoffSupervisor : ActorBase, IWithTimers
{
    private static readonly object StartChildKey = "start-child";
    private static readonly object ResetKey = "reset-restart-count";

    private readonly BackoffOptions _options;
    private readonly SupervisorStrategy _strategy;
    private readonly ILogger _log;
    private IActorRef? _child;
    private int _restartCount;
    private bool _restartRequested;
    private bool _finalStopMessageReceived;

    private BackoffSupervisor(BackoffOptions options)
    {
        _options = options;
        _strategy = options.Trigger == BackoffTrigger.OnFailure ? StopInsteadOfRestart(options.Strategy) : options.Strategy;
        _log = Context.System.LoggerFactory.CreateLogger<BackoffSupervisor>();
    }

    /// <summary>Set by the runtime.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of a supervisor for <paramref name="options"/>.</summary>
    public static Props Props(BackoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Orchestrator.Actors.Props.Create(() => new BackoffSupervisor(options));
    }

    /// <summary>The props of a supervisor that backs off when the child stops, as Akka's short form: <see cref="Backoff.OnStop(Props, string, TimeSpan, TimeSpan, double)"/>.</summary>
    public static Props Props(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor) =>
        Props(Backoff.OnStop(childProps, childName, minBackoff, maxBackoff, randomFactor));

    /// <summary>
    /// The delay before restart <paramref name="restartCount"/> (from 0): <c>min(maxBackoff, minBackoff * 2^n)</c>
    /// times a random factor in <c>[1, 1 + randomFactor)</c>.
    /// </summary>
    internal static TimeSpan CalculateDelay(int restartCount, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor)
    {
        var random = 1.0 + (Random.Shared.NextDouble() * randomFactor);
        var ticks = Math.Min(maxBackoff.Ticks, minBackoff.Ticks * Math.Pow(2, restartCount)) * random;
        return ticks is < 0 or >= long.MaxValue ? maxBackoff : TimeSpan.FromTicks((long)ticks);
    }

    protected override void PreStart() => StartChildNow();

    protected override SupervisorStrategy SupervisorStrategy() => _strategy;

    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case Terminated terminated when terminated.ActorRef.Equals(_child):
                OnChildTerminated(terminated.ActorRef);
                return true;
            case StartChild:
                StartChildNow();
                return true;
            case ResetRestartCount reset:
                if (reset.Current == _restartCount)
                {
                    _restartCount = 0;
                }

                return true;
            case Reset:
                if (_options.ResetBackoff is not null)
                {
                    return false;
                }

                _restartCount = 0;
                return true;
            case GetRestartCount:
                Sender.Tell(new RestartCount(_restartCount), Self);
                return true;
            case GetCurrentChild:
                Sender.Tell(new CurrentChild(_child), Self);
                return true;
            default:
                Deliver(message);
                return true;
        }
    }

    private void StartChildNow()
    {
        _restartRequested = false;
        _child ??= Context.Watch(Context.ActorOf(_options.ChildProps, _options.ChildName));
        if (_options.ResetBackoff is { } resetBackoff && _restartCount > 0)
        {
            Timers.StartSingleTimer(ResetKey, new ResetRestartCount(_restartCount), resetBackoff);
        }
    }

    private void OnChildTerminated(IActorRef child)
    {
        _child = null;
        if (_finalStopMessageReceived)
        {
            Log.FinalStop(_log, child.Path);
            Context.Stop(Self);
            return;
        }

        if (_options.Trigger == BackoffTrigger.OnFailure && !_restartRequested)
        {
            Log.ChildStoppedItself(_log, child.Path);
            Context.Stop(Self);
            return;
        }

        var restart = _restartCount + 1;
        if (_options.MaxNrOfRetries >= 0 && restart > _options.MaxNrOfRetries)
        {
            Log.RetriesExhausted(_log, child.Path, restart, _options.MaxNrOfRetries);
            Context.Stop(Self);
            return;
        }

        var delay = CalculateDelay(_restartCount, _options.MinBackoff, _options.MaxBackoff, _options.RandomFactor);
        Log.BackingOff(_log, child.Path, delay, restart);
        Timers.StartSingleTimer(StartChildKey, StartChild.Instance, delay);
        _restartCount = restart;
    }

    private void Deliver(object message)
    {
        if (_child is { } child)
        {
            if (child.Equals(Sender))
            {
                Context.Parent.Tell(message, Self);
                return;
            }

            child.Tell(message, Sender);
            _finalStopMessageReceived |= _options.FinalStopMessage?.Invoke(message) ?? false;
            return;
        }

        if (_options.ReplyWhileStopped is { } reply)
        {
            Sender.Tell(reply, Self);
        }
        else
        {
            Context.System.DeadLetters.Tell(message, Sender);
        }

        if (_options.FinalStopMessage?.Invoke(message) ?? false)
        {
            Context.Stop(Self);
        }
    }

    /// <summary>
    /// The OnFailure strategy: whatever the user's decider would restart is stopped instead, and restarted
    /// by the supervisor after the back-off once its Terminated arrives. The decider runs on this actor's
    /// thread, as the runtime handles a child's failure in the supervisor's own mailbox run.
    /// </summary>
    private OneForOneStrategy StopInsteadOfRestart(OneForOneStrategy strategy) =>
        new(-1, null, cause =>
        {
            var directive = strategy.Decider(cause);
            if (directive != Directive.Restart)
            {
                return directive;
            }

            _restartRequested = true;
            return Directive.Stop;
        }, strategy.LoggingEnabled);
}
