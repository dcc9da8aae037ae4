namespace Orchestrator.Actors.TestKit.Tests.Support;

/// <summary>Fails with an <see cref="InvalidOperationException"/> carrying each string it receives.</summary>
internal sealed class CrashingActor : ReceiveActor
{
    public CrashingActor() => Receive<string>(message => throw new InvalidOperationException(message));
}
