namespace Orchestrator.Actors.TestKit.Tests.Support;

/// <summary>On <see cref="Start"/>, starts a single timer whose message it passes on to <c>target</c>.</summary>
internal sealed class TimerActor : ReceiveActor, IWithTimers
{
    public TimerActor(IActorRef target)
    {
        Receive<Start>(start => Timers.StartSingleTimer("timer", start.Message, start.Delay));
        Receive<string>(message => target.Tell(message, Self));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public sealed record Start(string Message, TimeSpan Delay);
}
