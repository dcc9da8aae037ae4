namespace Orchestrator.Actors.Tests.Remote;

/// <summary>Replies to every message with the message itself; a <see cref="RemoteTestMessages.Carry"/> is forwarded to the ref it carries.</summary>
public sealed class Echo : ReceiveActor
{
    public Echo()
    {
        Receive<RemoteTestMessages.Carry>(carry => carry.Ref.Tell(new RemoteTestMessages.Ping(carry.Text), Self));
        ReceiveAny(message => Sender.Tell(message, Self));
    }
}
