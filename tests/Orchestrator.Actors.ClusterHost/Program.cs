using System.Globalization;
using Orchestrator.Actors;
using Orchestrator.Actors.Cluster;
using ClusterNode = Orchestrator.Actors.Cluster.Cluster;

namespace Orchestrator.Actors.ClusterHost;

/// <summary>
/// A cluster member in its own process: <c>ClusterHost port seed [hocon...]</c> binds 127.0.0.1:port (0 = any),
/// joins through <c>seed</c> (<c>self</c>: forms the cluster), takes the secret from ORCH_CLUSTER_SECRET and any
/// further arguments as config lines. It prints <c>ADDRESS orch://cluster@127.0.0.1:port UID n</c>, then one
/// line per member event (<c>UP address</c>, <c>UNREACHABLE address</c>, <c>REMOVED address</c>), and runs until
/// its standard input closes (exit 0) or the cluster downs it (exit 3).
/// </summary>
public static class Program
{
    /// <summary>The exit code of a member that was downed (or could not join) and shut down.</summary>
    public const int DownedExitCode = 3;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync("usage: ClusterHost port seed|self [hocon line...]");
            return 2;
        }

        var port = int.Parse(args[0], CultureInfo.InvariantCulture);
        var config = string.Join('\n', args.Skip(2)) + $"""

            orch.actor.provider = cluster
            orch.remote.hostname = "127.0.0.1"
            orch.remote.port = {port}
            orch.coordinated-shutdown.run-by-clr-shutdown-hook = off
            """;
        var system = ActorSystem.Create("cluster", config);
        var cluster = ClusterNode.Get(system);
        Console.WriteLine($"ADDRESS {cluster.SelfAddress} UID {cluster.SelfUniqueAddress.Uid.ToString(CultureInfo.InvariantCulture)}");
        var printer = system.ActorOf(Props.Create<EventPrinter>(), "printer");
        cluster.Subscribe(printer, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents,
            typeof(ClusterEvent.MemberUp), typeof(ClusterEvent.UnreachableMember), typeof(ClusterEvent.MemberRemoved));
        cluster.Join(args[1] == "self" ? cluster.SelfAddress : Address.Parse(args[1]));

        var input = Console.In.ReadToEndAsync();
        var ended = await Task.WhenAny(input, system.WhenTerminated);
        if (ended == input)
        {
            await system.Terminate();
            return 0;
        }

        await Console.Error.WriteLineAsync($"The actor system terminated: {CoordinatedShutdown.Get(system).ShutdownReason}");
        return DownedExitCode;
    }

    private sealed class EventPrinter : ReceiveActor
    {
        public EventPrinter()
        {
            Receive<ClusterEvent.MemberUp>(e => Print("UP", e.Member));
            Receive<ClusterEvent.UnreachableMember>(e => Print("UNREACHABLE", e.Member));
            Receive<ClusterEvent.MemberRemoved>(e => Print("REMOVED", e.Member));
        }

        private static void Print(string what, Member member)
        {
            Console.WriteLine($"{what} {member.Address}");
            Console.Out.Flush();
        }
    }
}
