using System.Globalization;
using Orchestrator.Actors;
using Orchestrator.Actors.Remote;

namespace Orchestrator.Actors.RemoteHost;

/// <summary>
/// A remote actor system in its own process: <c>RemoteHost [port]</c> binds 127.0.0.1 (port 0 = any), takes the
/// secret from ORCH_CLUSTER_SECRET, starts an echo actor at <c>/user/echo</c> (it returns every message to its
/// sender), prints <c>ADDRESS orch://host@127.0.0.1:port UID n</c>, and runs until its standard input closes.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 0;
        var system = ActorSystem.Create("host", $"""
            orch.actor.provider = remote
            orch.remote.hostname = "127.0.0.1"
            orch.remote.port = {port}
            orch.remote.watch-failure-detector.heartbeat-interval = 200ms
            orch.remote.watch-failure-detector.acceptable-heartbeat-pause = 1s
            """);
        Serialization.Serialization.Get(system).Register<string>("test.remote-host.text");
        system.ActorOf(Props.Create<Echo>(), "echo");
        Console.WriteLine($"ADDRESS {system.Address} UID {RemoteTransport.Get(system).LocalUid.ToString(CultureInfo.InvariantCulture)}");
        await Console.Out.FlushAsync();
        await Console.In.ReadToEndAsync();
        await system.Terminate();
        return 0;
    }

    private sealed class Echo : ReceiveActor
    {
        public Echo() => ReceiveAny(message => Sender.Tell(message, Self));
    }
}
