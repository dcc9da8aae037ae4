namespace Orchestrator.Actors.TestKit;

/// <summary>
/// The assertions shared by <see cref="TestKit"/> and <see cref="TestProbe"/> (Akka's TestKitBase):
/// a test actor whose messages the test reads with ExpectMsg, ReceiveOne, FishForMessage...,
/// time limits with Within, polling with AwaitAssert and AwaitCondition, death watch and event
/// filters. Expectations block the calling (test) thread; every timeout without an explicit value
/// is the time left in the enclosing Within, else <c>orch.test.single-expect-default</c>, and every
/// explicit timeout is multiplied by <c>orch.test.timefactor</c>. A failed expectation throws
/// <see cref="TestKitAssertionException"/>.
/// </summary>
public abstract partial class TestKitBase
{
    private ActorSystem? _system;
    private TestKitSettings? _settings;
    private IActorRef? _testActor;
    private MessageQueue? _queue;
    private EventFilterFactory? _eventFilter;
    private MessageEnvelope _lastMessage = MessageEnvelope.None;

    private protected TestKitBase()
    {
    }

    /// <summary>The actor system under test.</summary>
    public ActorSystem Sys => _system ?? throw NotInitialized();

    /// <summary>The timing settings of <see cref="Sys"/>.</summary>
    public TestKitSettings TestKitSettings => _settings ?? throw NotInitialized();

    /// <summary>The actor whose messages the expectations read; pass it as the sender or as a reply address.</summary>
    public IActorRef TestActor => _testActor ?? throw NotInitialized();

    /// <summary>The sender of the last message received (dead letters if it had none; <see cref="Nobody"/> before any).</summary>
    public IActorRef LastSender => _lastMessage.Sender;

    /// <summary>The last message received, or null before any.</summary>
    public object? LastMessage => ReferenceEquals(_lastMessage, MessageEnvelope.None) ? null : _lastMessage.Message;

    /// <summary>True when messages are waiting to be read.</summary>
    public bool HasMessages => Queue.Count > 0;

    /// <summary>The event filters of <see cref="Sys"/>: expect log events and dead letters while running an action.</summary>
    public EventFilterFactory EventFilter => _eventFilter ??= new EventFilterFactory(this);

    /// <summary>How many messages are waiting to be read (for the TestKit's own tests).</summary>
    internal int QueuedMessages => Queue.Count;

    private MessageQueue Queue => _queue ?? throw NotInitialized();

    /// <summary><paramref name="duration"/> multiplied by <c>orch.test.timefactor</c>; infinite stays infinite.</summary>
    public TimeSpan Dilated(TimeSpan duration)
    {
        if (duration == Timeout.InfiniteTimeSpan || TestKitSettings.TimeFactor == 1.0)
        {
            return duration;
        }

        var ticks = duration.Ticks * TestKitSettings.TimeFactor;
        return ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>A new probe in <see cref="Sys"/>, with its own test actor (named <paramref name="name"/>, if given).</summary>
    public TestProbe CreateTestProbe(string? name = null) => new(Sys, name);

    /// <summary>Lets <paramref name="pilot"/> react to every message the test actor receives from now on.</summary>
    public void SetAutoPilot(AutoPilot pilot)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        var command = new TestActor.SetAutoPilotCommand(pilot);
        SendCommand(command, command.Done.Task, "SetAutoPilot");
    }

    /// <summary>Binds this kit to <paramref name="system"/> and creates its test actor under <c>/system</c>.</summary>
    private protected void InitializeTest(ActorSystem system, string? testActorName)
    {
        ArgumentNullException.ThrowIfNull(system);
        var extension = TestKitExtension.For(system);
        var queue = new MessageQueue();
        var props = Props.Create(() => new TestActor(queue));
        var name = testActorName ?? extension.NextTestActorName();
        _testActor = system is ExtendedActorSystem extended ? extended.SystemActorOf(props, name) : system.ActorOf(props, name);
        _system = system;
        _settings = extension.Settings;
        _queue = queue;
    }

    /// <summary>Sends a command to the test actor and waits (bounded by the default timeout) until it has been applied.</summary>
    private void SendCommand(object command, Task done, string what)
    {
        TestActor.Tell(command, null);
        var limit = Dilated(TestKitSettings.DefaultTimeout);
        if (!done.Wait(limit))
        {
            throw new TestKitAssertionException($"{what}: the test actor {TestActor.Path} did not apply the command within {Format.Duration(limit)} (has it been stopped?).");
        }
    }

    private static InvalidOperationException NotInitialized() =>
        new("The TestKit has no actor system yet: it is initialised by the TestKit or TestProbe constructor.");
}
