using Orchestrator.Actors;
using Orchestrator.Benchmarks.Scenarios.PingPong;

namespace Orchestrator.Benchmarks.Scenarios.RemotePingPong;

/// <summary>
/// The second process of the remote ping-pong (<c>remote-pingpong-echo</c>): a remote actor system with
/// <see cref="RemotePingPongSetup.MaxPairs"/> echo actors, and a plain TCP echo server for the baseline. It prints
/// <c>ADDRESS orch://...</c> and <c>RAW port</c>, then serves until its standard input closes.
/// </summary>
internal static class RemoteEchoHost
{
    /// <summary>The first argument that runs this host instead of a scenario.</summary>
    public const string Command = "remote-pingpong-echo";

    public static async Task<int> RunAsync()
    {
        var secret = Environment.GetEnvironmentVariable(RemotePingPongSetup.SecretVariable) ?? string.Empty;
        var system = RemotePingPongSetup.CreateSystem("echo", secret);
        for (var i = 0; i < RemotePingPongSetup.MaxPairs; i++)
        {
            system.ActorOf(Props.Create<Echo>(), RemotePingPongSetup.EchoName(i));
        }

        using var raw = RawEchoServer.Start();
        Console.WriteLine($"ADDRESS {system.Address}");
        Console.WriteLine($"RAW {raw.Port}");
        await Console.Out.FlushAsync();
        await Console.In.ReadToEndAsync();
        await system.Terminate();
        return 0;
    }
}
