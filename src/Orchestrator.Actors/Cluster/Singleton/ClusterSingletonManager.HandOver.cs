namespace Orchestrator.Actors.Cluster.Singleton;

/// <summary>Starting the singleton, and handing it over to the next oldest.</summary>
public sealed partial class ClusterSingletonManager
{
    private void AskForHandOver(Address previousOldest)
    {
        if (_singleton is not null)
        {
            return;
        }

        _previousOldest = previousOldest;
        LogAskingHandOver(_log, previousOldest);
        ManagerAt(previousOldest).Tell(new ClusterSingletonMessages.HandOverToMe(_cluster.SelfAddress), Self);
        Timers.StartPeriodicTimer(InternalClusterAction.Tick.HandOverRetry, InternalClusterAction.Tick.HandOverRetry, _settings.HandOverRetryInterval);
    }

    private void RetryHandOver()
    {
        if (_singleton is null && _previousOldest is { } previous && IsOldest)
        {
            ManagerAt(previous).Tell(new ClusterSingletonMessages.HandOverToMe(_cluster.SelfAddress), Self);
        }
        else
        {
            Timers.Cancel(InternalClusterAction.Tick.HandOverRetry);
        }
    }

    private void HandOverTo(IActorRef newOldest)
    {
        if (_singleton is null)
        {
            newOldest.Tell(new ClusterSingletonMessages.HandOverDone(_cluster.SelfAddress), Self);
            return;
        }

        newOldest.Tell(new ClusterSingletonMessages.HandOverInProgress(_cluster.SelfAddress), Self);
        if (_handOverTo is null)
        {
            LogHandingOver(_log, _settings.SingletonName, newOldest.Path.Address);
            _singleton.Tell(_terminationMessage, Self);
        }

        _handOverTo = newOldest;
    }

    private void SingletonStopped()
    {
        Volatile.Write(ref _singleton, null);
        if (_handOverTo is not null)
        {
            _handOverTo.Tell(new ClusterSingletonMessages.HandOverDone(_cluster.SelfAddress), Self);
            _handOverTo = null;
            _handedOver.TrySetResult();
        }
    }

    private void StartSingleton()
    {
        if (_singleton is not null || !IsOldest)
        {
            return;
        }

        Timers.Cancel(InternalClusterAction.Tick.HandOverRetry);
        _previousOldest = null;
        var singleton = Context.ActorOf(_singletonProps, _settings.SingletonName);
        Context.Watch(singleton);
        Volatile.Write(ref _singleton, singleton);
        LogSingletonStarted(_log, _settings.SingletonName, _cluster.SelfAddress);
    }
}
