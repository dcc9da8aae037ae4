using Orchestrator.Actors;
using Orchestrator.Benchmarks.Scenarios.PingPong;

namespace Orchestrator.Benchmarks.Scenarios.RemotePingPong;

/// <summary>What both processes of the remote ping-pong share: configuration, the wire message, the echo actors' names.</summary>
internal static class RemotePingPongSetup
{
    /// <summary>The most pairs a run plays: the echo process starts this many echo actors.</summary>
    public const int MaxPairs = 16;

    /// <summary>The manifest the ball travels under.</summary>
    public const string BallManifest = "bench.remote.ball";

    /// <summary>The environment variable that hands the secret to the echo process.</summary>
    public const string SecretVariable = "ORCH_CLUSTER_SECRET";

    /// <summary>A remote system on loopback, any free port, the given secret.</summary>
    public static ActorSystem CreateSystem(string name, string secret)
    {
        var system = ActorSystem.Create(name, $"""
            orch.loglevel = Warning
            orch.actor.provider = remote
            orch.remote.hostname = "127.0.0.1"
            orch.remote.port = 0
            orch.remote.secret = "{secret}"
            """);
        Actors.Serialization.Serialization.Get(system).Register<Ball>(BallManifest);
        return system;
    }

    /// <summary>The name of the echo actor of pair <paramref name="pair"/>.</summary>
    public static string EchoName(int pair) => $"echo-{pair}";
}
