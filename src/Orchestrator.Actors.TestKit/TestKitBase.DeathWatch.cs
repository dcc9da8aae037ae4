namespace Orchestrator.Actors.TestKit;

/// <summary>Death watch by the test actor: Watch, then ExpectTerminated.</summary>
public abstract partial class TestKitBase
{
    /// <summary>Makes the test actor watch <paramref name="actor"/>; returns once the watch is in place. Its Terminated arrives like any message.</summary>
    public IActorRef Watch(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var command = new TestActor.WatchCommand(actor, Watch: true);
        SendCommand(command, command.Done.Task, $"Watch({actor.Path})");
        return actor;
    }

    /// <summary>Withdraws the test actor's watch of <paramref name="actor"/>; a Terminated not yet read may still be in the queue.</summary>
    public IActorRef Unwatch(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var command = new TestActor.WatchCommand(actor, Watch: false);
        SendCommand(command, command.Done.Task, $"Unwatch({actor.Path})");
        return actor;
    }

    /// <summary>Expects the next message to be the <see cref="Terminated"/> of <paramref name="actor"/> (watch it first).</summary>
    public Terminated ExpectTerminated(IActorRef actor, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ExpectNext<Terminated>(timeout, $"Terminated of {actor}", t => t.ActorRef.Equals(actor));
    }
}
