using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>
/// How a supervisor answers the failure of a child. The decider maps the exception to a
/// <see cref="Directive"/>; the strategy applies it to the failed child only
/// (<see cref="OneForOneStrategy"/>) or to all children (<see cref="AllForOneStrategy"/>).
/// </summary>
public abstract partial class SupervisorStrategy
{
    private protected SupervisorStrategy(int maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled)
    {
        MaxNumberOfRetries = maxNrOfRetries;
        WithinTimeRange = withinTimeRange;
        Decider = decider ?? throw new ArgumentNullException(nameof(decider));
        LoggingEnabled = loggingEnabled;
    }

    /// <summary>Restarts a failing child without limit, but stops it on initialisation, kill and death-pact failures.</summary>
    public static SupervisorStrategy DefaultStrategy { get; } = new OneForOneStrategy(DefaultDecider);

    /// <summary>Stops any failing child.</summary>
    public static SupervisorStrategy StoppingStrategy { get; } = new OneForOneStrategy(static _ => Directive.Stop);

    /// <summary>Restarts allowed within <see cref="WithinTimeRange"/>; negative for unlimited.</summary>
    public int MaxNumberOfRetries { get; }

    /// <summary>The window in which restarts are counted; null for ever.</summary>
    public TimeSpan? WithinTimeRange { get; }

    /// <summary>Maps a failure to a directive.</summary>
    public Func<Exception, Directive> Decider { get; }

    /// <summary>Whether failures are logged (errors; warnings for Resume).</summary>
    public bool LoggingEnabled { get; }

    /// <summary>Akka's default decider.</summary>
    public static Directive DefaultDecider(Exception exception) => exception switch
    {
        ActorInitializationException => Directive.Stop,
        ActorKilledException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    /// <summary>Applies the directive for a failure; false means escalate.</summary>
    internal bool HandleFailure(ActorCell cell, IActorRef child, Exception cause, ChildRestartStats stats)
    {
        var directive = Decider(cause);
        switch (directive)
        {
            case Directive.Resume:
                LogFailure(cell, child, cause, directive);
                ((IInternalActorRef)child).SendSystemMessage(new Resume(cause));
                return true;
            case Directive.Restart:
                LogFailure(cell, child, cause, directive);
                ProcessFailure(cell, restart: true, child, cause, stats);
                return true;
            case Directive.Stop:
                LogFailure(cell, child, cause, directive);
                ProcessFailure(cell, restart: false, child, cause, stats);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Restarts or stops the failed child, or all children.</summary>
    private protected abstract void ProcessFailure(ActorCell cell, bool restart, IActorRef child, Exception cause, ChildRestartStats stats);

    /// <summary>Restarts a child; a sibling that did not fail is suspended first.</summary>
    private protected static void RestartChild(IActorRef child, Exception cause, bool suspendFirst)
    {
        var target = (IInternalActorRef)child;
        if (suspendFirst)
        {
            target.SendSystemMessage(new Suspend());
        }

        target.SendSystemMessage(new Recreate(cause));
    }

    private void LogFailure(ActorCell cell, IActorRef child, Exception cause, Directive directive)
    {
        if (!LoggingEnabled)
        {
            return;
        }

        if (directive == Directive.Resume)
        {
            Log.ChildFailedResumed(cell.SystemImpl.Log, child.Path, cause.Message, cause);
        }
        else
        {
            Log.ChildFailed(cell.SystemImpl.Log, child.Path, directive, cause.Message, cause);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "{Path} failed ({Directive}): {Reason}")]
        public static partial void ChildFailed(ILogger logger, ActorPath path, Directive directive, string reason, Exception exception);

        [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "{Path} failed (Resume): {Reason}")]
        public static partial void ChildFailedResumed(ILogger logger, ActorPath path, string reason, Exception exception);
    }
}
