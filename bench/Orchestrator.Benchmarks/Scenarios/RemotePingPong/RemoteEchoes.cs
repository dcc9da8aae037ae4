using Orchestrator.Actors;

namespace Orchestrator.Benchmarks.Scenarios.RemotePingPong;

/// <summary>Finds the echo actors of the echo process.</summary>
internal static class RemoteEchoes
{
    /// <summary>The name of the remote transport in figures' keys.</summary>
    public const string TransportName = "remote";

    /// <summary>Resolves the echo actors of the first <paramref name="pairs"/> pairs at <paramref name="echoes"/>.</summary>
    public static async Task<IReadOnlyList<IActorRef>> ResolveAsync(ActorSystem system, Address echoes, int pairs)
    {
        var found = new IActorRef[pairs];
        for (var i = 0; i < pairs; i++)
        {
            found[i] = await system.ActorSelection($"{echoes}/user/{RemotePingPongSetup.EchoName(i)}").ResolveOne(TimeSpan.FromSeconds(20));
        }

        return found;
    }
}
