using Orchestrator.Actors.Pattern;
using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>
/// The circuit breaker in front of the journal (max-failures 2, call-timeout 10s, reset-timeout 30s), on virtual
/// time. Entities recover before the journal starts failing: a successful call resets the failure count.
/// </summary>
public sealed class JournalCircuitBreakerTests : PersistenceTestKit
{
    private static readonly TimeSpan ResetTimeout = TimeSpan.FromSeconds(30);

    private int _writeCalls;

    public JournalCircuitBreakerTests()
        : base("orch.persistence.journal.inmem.circuit-breaker { max-failures = 2, call-timeout = 10s, reset-timeout = 30s }", useVirtualTime: true)
    {
    }

    [Fact]
    public void Opens_after_max_failures_and_then_fails_writes_fast_without_calling_the_journal()
    {
        var (a, b, c) = (Recovered("a"), Recovered("b"), Recovered("c"));
        FailWrites();
        Assert.IsType<IOException>(FailPersist(a));
        Assert.IsType<IOException>(FailPersist(b));

        var cause = FailPersist(c);

        Assert.IsType<CircuitBreakerOpenException>(cause);
        Assert.Equal(2, Volatile.Read(ref _writeCalls));
    }

    [Fact]
    public void While_open_recoveries_fail_fast_too()
    {
        var (a, b) = (Recovered("a"), Recovered("b"));
        FailWrites();
        FailPersist(a);
        FailPersist(b);

        StartList("recovering");

        Assert.IsType<CircuitBreakerOpenException>(ExpectMsg<ListActor.RecoveryFailed>().Cause);
    }

    [Fact]
    public void After_the_reset_timeout_a_successful_trial_call_closes_it()
    {
        var (a, b, early) = (Recovered("a"), Recovered("b"), Recovered("early"));
        FailWrites();
        FailPersist(a);
        FailPersist(b);
        Journal.WriteInterceptor = null;
        VirtualTime.Advance(ResetTimeout - TimeSpan.FromMilliseconds(1));
        Assert.IsType<CircuitBreakerOpenException>(FailPersist(early));

        VirtualTime.Advance(TimeSpan.FromMilliseconds(1));

        var closed = Recovered("closed");
        AddAll(closed, "x", "y");
        Assert.Equal(["x", "y"], StoredPayloads("closed"));
    }

    [Fact]
    public void A_failed_trial_call_opens_it_again()
    {
        var (a, b, trial, late) = (Recovered("a"), Recovered("b"), Recovered("trial"), Recovered("late"));
        FailWrites();
        FailPersist(a);
        FailPersist(b);
        VirtualTime.Advance(ResetTimeout);

        Assert.IsType<IOException>(FailPersist(trial));

        Assert.IsType<CircuitBreakerOpenException>(FailPersist(late));
        Assert.Equal(3, Volatile.Read(ref _writeCalls));
    }

    [Fact]
    public void A_write_slower_than_the_call_timeout_fails_the_persist()
    {
        var actor = Watch(Recovered("slow"));
        var entered = new TaskCompletionSource();
        Journal.WriteInterceptor = _ =>
        {
            entered.TrySetResult();
            return new TaskCompletionSource<WriteResult?>().Task;
        };
        actor.Tell(new ListActor.Add("a"), TestActor);
        AwaitCondition(() => entered.Task.IsCompleted, null, "the write never reached the journal");
        VirtualTime.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1));
        ExpectNoMsg(Negative);

        VirtualTime.Advance(TimeSpan.FromMilliseconds(1));

        Assert.IsType<TimeoutException>(ExpectMsg<ListActor.PersistFailed>().Cause);
        ExpectTerminated(actor);
    }

    private IActorRef Recovered(string persistenceId) => StartRecoveredList(persistenceId).Actor;

    private void FailWrites() => Journal.WriteInterceptor = _ =>
    {
        Interlocked.Increment(ref _writeCalls);
        throw new IOException("database unreachable");
    };

    /// <summary>Persists one event through <paramref name="actor"/>, which must fail and stop; returns why.</summary>
    private Exception FailPersist(IActorRef actor)
    {
        Watch(actor);
        actor.Tell(new ListActor.Add("event"), TestActor);
        var failed = ExpectMsg<ListActor.PersistFailed>();
        ExpectTerminated(actor);
        return failed.Cause;
    }
}
