using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>The latest published state, and what waits for this node's own changes.</summary>
public sealed partial class Cluster
{
    private readonly Lock _gate = new();
    private readonly List<Action> _onMemberUp = [];
    private readonly List<Action> _onMemberRemoved = [];
    private readonly List<(Func<MembershipState, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private MembershipState _view;
    private bool _selfUp;
    private bool _terminated;

    /// <summary>The members, unreachable members, seen set and leaders as the publisher last published them.</summary>
    public ClusterEvent.CurrentClusterState State => ClusterEvent.CurrentClusterState.From(Volatile.Read(ref _view));

    /// <summary>This node as a member (a <see cref="MemberStatus.Removed"/> placeholder when it is not one).</summary>
    public Member SelfMember => Volatile.Read(ref _view).SelfMember;

    /// <summary>True once this node's cluster actors have stopped (after leaving, being downed, or the system ending).</summary>
    public bool IsTerminated
    {
        get
        {
            lock (_gate)
            {
                return _terminated;
            }
        }
    }

    /// <summary>The latest membership state as published (internal: the heartbeat sender's view of the members).</summary>
    internal MembershipState View => Volatile.Read(ref _view);

    /// <summary>Runs <paramref name="callback"/> when this node is moved Up (at once if it already is).</summary>
    public void RegisterOnMemberUp(Action callback) => RegisterCallback(_onMemberUp, () => _selfUp, callback);

    /// <summary>Runs <paramref name="callback"/> when this node is removed or its cluster stops (at once if it has).</summary>
    public void RegisterOnMemberRemoved(Action callback) => RegisterCallback(_onMemberRemoved, () => _terminated, callback);

    /// <summary>Called by the publisher with each new state and the events it published for it.</summary>
    internal void UpdateView(MembershipState state, ImmutableArray<ClusterEvent.IClusterDomainEvent> events)
    {
        Volatile.Write(ref _view, state);
        List<Action> run = [];
        lock (_gate)
        {
            if (!_selfUp && events.OfType<ClusterEvent.MemberUp>().Any(e => e.Member.UniqueAddress == SelfUniqueAddress))
            {
                _selfUp = true;
                run.AddRange(_onMemberUp);
                _onMemberUp.Clear();
            }
        }

        RunCallbacks(run);
        CompleteWaiters(state, all: false);
    }

    /// <summary>Called when the cluster actors stop: runs the removal callbacks and releases every waiter.</summary>
    internal void MarkTerminated()
    {
        List<Action> run;
        lock (_gate)
        {
            _terminated = true;
            run = [.. _onMemberRemoved];
            _onMemberRemoved.Clear();
        }

        RunCallbacks(run);
        CompleteWaiters(View, all: true);
    }

    /// <summary>A task that completes when a published state meets <paramref name="condition"/> or the cluster stops.</summary>
    internal Task WhenView(Func<MembershipState, bool> condition)
    {
        lock (_gate)
        {
            if (_terminated || condition(View))
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, done));
            return done.Task;
        }
    }

    private void RegisterCallback(List<Action> pending, Func<bool> happened, Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (_gate)
        {
            if (!happened())
            {
                pending.Add(callback);
                return;
            }
        }

        RunCallbacks([callback]);
    }

    private void CompleteWaiters(MembershipState state, bool all)
    {
        List<TaskCompletionSource> done = [];
        lock (_gate)
        {
            _waiters.RemoveAll(w =>
            {
                var met = all || w.Condition(state);
                if (met)
                {
                    done.Add(w.Done);
                }

                return met;
            });
        }

        done.ForEach(d => d.TrySetResult());
    }

    private void RunCallbacks(List<Action> callbacks)
    {
        foreach (var callback in callbacks)
        {
            try
            {
                callback();
            }
            catch (Exception e)
            {
                LogCallbackFailed(Log, e.Message, e);
            }
        }
    }
}
