namespace Orchestrator.Actors.TestKit;

/// <summary>
/// Lets a test actor or probe answer messages by itself, as in Akka: <see cref="Run"/> sees each
/// message before the test does and returns the pilot for the next one (<see cref="KeepRunning"/>
/// to stay, <see cref="NoAutoPilot"/> to stop). Install it with <see cref="TestKitBase.SetAutoPilot"/>.
/// </summary>
public abstract class AutoPilot
{
    /// <summary>The pilot that does nothing: the test actor only queues messages.</summary>
    public static AutoPilot NoAutoPilot { get; } = new NoPilot();

    /// <summary>Returned by <see cref="Run"/> to keep the current pilot.</summary>
    public static AutoPilot KeepRunning { get; } = new NoPilot();

    /// <summary>Reacts to <paramref name="message"/> from <paramref name="sender"/>; returns the pilot for the next message.</summary>
    public abstract AutoPilot Run(IActorRef sender, object message);

    private sealed class NoPilot : AutoPilot
    {
        public override AutoPilot Run(IActorRef sender, object message) => this;
    }
}
