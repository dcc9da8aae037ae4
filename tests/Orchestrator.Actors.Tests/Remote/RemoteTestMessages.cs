namespace Orchestrator.Actors.Tests.Remote;

/// <summary>The messages the remoting tests send, and their registration.</summary>
public static class RemoteTestMessages
{
    /// <summary>Registers the test messages on <paramref name="system"/>.</summary>
    public static void Register(ActorSystem system)
    {
        var serialization = Orchestrator.Actors.Serialization.Serialization.Get(system);
        serialization.Register<Ping>("test.remote.ping");
        serialization.Register<Numbered>("test.remote.numbered");
        serialization.Register<Carry>("test.remote.carry");
        serialization.Register<Blob>("test.remote.blob");
    }

    public sealed record Ping(string Text);

    public sealed record Numbered(int Pair, int Sequence);

    public sealed record Carry(IActorRef Ref, string Text);

    public sealed record Blob(byte[] Bytes);

    /// <summary>Registered only where a test says so: the other side cannot decode it.</summary>
    public sealed record OneSided(string Text);

    /// <summary>Not registered: sending it must be logged and dropped.</summary>
    public sealed record Unregistered(string Text);
}
