using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>
/// Creation, failure, restart, resume and termination, following Akka's fault-handling
/// protocol: a failing actor suspends itself and its children and tells its parent; the
/// parent's strategy answers with Resume, Recreate or Terminate, or escalates.
/// </summary>
internal sealed partial class ActorCell
{
    private bool _isFailed;
    private object? _failedMessage;
    private IActorRef? _perpetrator;
    private Exception? _recreateCause;
    private bool _createAfterChildren;

    /// <summary>True once Terminate has been processed.</summary>
    public bool IsTerminating { get; private set; }

    private void CreateActor()
    {
        try
        {
            NewActor();
            _actor!.AroundPreStart();
        }
        catch (Exception e)
        {
            _actor = null;
            HandleInvokeFailure(new ActorInitializationException(Self, $"Exception during creation of {Self.Path}: {e.Message}", e));
        }
    }

    /// <summary>
    /// The actor failed: suspend it and its children, and ask the parent what to do. When the
    /// failure is a child's, escalated, that child (the perpetrator) has suspended itself
    /// already and is resumed with this actor's own failure, as in Akka.
    /// </summary>
    private void HandleInvokeFailure(Exception cause, IActorRef? perpetrator = null)
    {
        if (IsTerminating || Mailbox.IsClosed)
        {
            Log.FailureWhileTerminating(_system.Log, Self.Path, cause);
            return;
        }

        if (_isFailed)
        {
            Log.FailureWhileFailed(_system.Log, Self.Path, cause);
            return;
        }

        _isFailed = true;
        _perpetrator = perpetrator;
        _failedMessage = _currentEnvelope.Message;
        Mailbox.Suspend();
        foreach (var child in ChildrenSnapshot())
        {
            if (!child.Equals(perpetrator))
            {
                child.SendSystemMessage(new Suspend());
            }
        }

        _parent.SendSystemMessage(new Failed(Self, cause, Self.Path.Uid));
    }

    /// <summary>The supervisor's side: a child failed.</summary>
    private void HandleFailed(Failed failed)
    {
        if (!IsMyChild(failed.Child) || failed.Child.Path.Uid != failed.Uid)
        {
            return;
        }

        if (IsTerminating)
        {
            // Already stopping every child; the failed one stops with the rest.
            return;
        }

        var strategy = _props.SupervisorStrategy ?? _actor?.GetSupervisorStrategy() ?? SupervisorStrategy.DefaultStrategy;
        if (!strategy.HandleFailure(this, failed.Child, failed.Cause, StatsFor(failed.Child)))
        {
            // Escalate: this actor fails with the child's exception, and its own parent decides.
            HandleInvokeFailure(failed.Cause, failed.Child);
        }
    }

    private void FaultSuspend()
    {
        Mailbox.Suspend();
        foreach (var child in ChildrenSnapshot())
        {
            child.SendSystemMessage(new Suspend());
        }
    }

    private void FaultResume(Exception? causedByFailure)
    {
        if (_actor is null && _isFailed)
        {
            FaultCreate();
            return;
        }

        Mailbox.Resume();
        var perpetrator = _perpetrator;
        if (causedByFailure is not null)
        {
            _isFailed = false;
            _failedMessage = null;
            _perpetrator = null;
        }

        foreach (var child in ChildrenSnapshot())
        {
            child.SendSystemMessage(new Resume(child.Equals(perpetrator) ? causedByFailure : null));
        }
    }

    private void FaultRecreate(Exception cause)
    {
        if (IsTerminating)
        {
            return;
        }

        if (_actor is null)
        {
            FaultCreate();
            return;
        }

        var failedActor = _actor;
        var failedMessage = _failedMessage;
        AbandonPendingTask();
        _timers?.CancelAll();
        if (failedActor is IWithUnboundedStash { Stash: UnboundedStash stash })
        {
            stash.UnstashAll();
        }

        try
        {
            failedActor.AroundPreRestart(cause, failedMessage);
        }
        catch (Exception e)
        {
            Log.PreRestartFailed(_system.Log, Self.Path, e);
        }
        finally
        {
            _actor = null;
            _behaviors = null;
        }

        if (_toDie is { Count: > 0 })
        {
            _recreateCause = cause;
        }
        else
        {
            FinishRecreate(cause);
        }
    }

    private void FinishRecreate(Exception cause)
    {
        _isFailed = false;
        _failedMessage = null;
        _perpetrator = null;
        var survivors = ChildrenSnapshot();
        Exception? failure = null;
        try
        {
            NewActor();
            _actor!.AroundPostRestart(cause);
        }
        catch (Exception e)
        {
            _actor = null;
            failure = new ActorInitializationException(Self, $"Exception after restart of {Self.Path}: {e.Message}", e);
        }

        Mailbox.Resume();
        if (failure is not null)
        {
            HandleInvokeFailure(failure);
            return;
        }

        foreach (var child in survivors)
        {
            child.SendSystemMessage(new Recreate(cause));
        }
    }

    /// <summary>Creation failed and the supervisor chose restart or resume: stop children, then create afresh.</summary>
    private void FaultCreate()
    {
        StopAllChildren();
        if (_toDie is { Count: > 0 })
        {
            _createAfterChildren = true;
        }
        else
        {
            FinishCreate();
        }
    }

    private void FinishCreate()
    {
        _createAfterChildren = false;
        _isFailed = false;
        _failedMessage = null;
        _perpetrator = null;
        Mailbox.Resume();
        CreateActor();
    }

    private void BeginTerminate()
    {
        if (IsTerminating)
        {
            return;
        }

        IsTerminating = true;
        CancelReceiveTimeout();
        _timers?.CancelAll();
        UnwatchWatchedActors();
        if (HasChildren)
        {
            Mailbox.Suspend();
            StopAllChildren();
        }
        else
        {
            FinishTerminate();
        }
    }

    private void FinishTerminate()
    {
        var actor = _actor;
        try
        {
            if (actor is IWithUnboundedStash { Stash: UnboundedStash stash })
            {
                stash.UnstashAll();
            }

            actor?.AroundPostStop();
        }
        catch (Exception e)
        {
            Log.PostStopFailed(_system.Log, Self.Path, e);
        }
        finally
        {
            Mailbox.BecomeClosed();
            _dispatcher.Detach(this);
            Mailbox.CleanUp();
            _parent.SendSystemMessage(new DeathWatchNotification(Self, existenceConfirmed: true, addressTerminated: false));
            TellWatchersWeDied();
            _actor = null;
            _behaviors = null;
            _restartStats = null;
        }
    }

    private void HandleChildTerminated(IActorRef child)
    {
        RemoveChild(child);
        if (IsTerminating)
        {
            if (!HasChildren)
            {
                FinishTerminate();
            }
        }
        else if (_toDie is null or { Count: 0 })
        {
            if (_recreateCause is { } cause)
            {
                _recreateCause = null;
                FinishRecreate(cause);
            }
            else if (_createAfterChildren)
            {
                FinishCreate();
            }
        }
    }
}
