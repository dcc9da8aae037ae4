namespace Orchestrator.Actors.TestKit;

/// <summary>
/// The actor behind <see cref="TestKitBase.TestActor"/> and every probe: it puts each message
/// (Terminated included) with its sender into the queue the test thread reads, after letting the
/// auto-pilot, if any, react to it. Watch commands come from the test thread and are acknowledged.
/// </summary>
internal sealed class TestActor : ActorBase
{
    private readonly MessageQueue _queue;
    private AutoPilot _autoPilot = AutoPilot.NoAutoPilot;

    public TestActor(MessageQueue queue) => _queue = queue;

    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case WatchCommand { Watch: true } watch:
                Context.Watch(watch.Subject);
                watch.Done.TrySetResult();
                return true;
            case WatchCommand unwatch:
                Context.Unwatch(unwatch.Subject);
                unwatch.Done.TrySetResult();
                return true;
            case SetAutoPilotCommand set:
                _autoPilot = set.Pilot;
                set.Done.TrySetResult();
                return true;
        }

        var sender = Sender;
        var next = _autoPilot.Run(sender, message);
        if (!ReferenceEquals(next, AutoPilot.KeepRunning))
        {
            _autoPilot = next;
        }

        _queue.Enqueue(new MessageEnvelope(message, sender));
        return true;
    }

    /// <summary>Starts (or, with Watch false, stops) watching <paramref name="Subject"/>.</summary>
    internal sealed record WatchCommand(IActorRef Subject, bool Watch)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Installs an auto-pilot for the messages that follow.</summary>
    internal sealed record SetAutoPilotCommand(AutoPilot Pilot)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
