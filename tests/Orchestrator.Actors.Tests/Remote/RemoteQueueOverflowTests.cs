using System.Net;
using System.Net.Sockets;
using Xunit;
using Xunit.Abstractions;
using static Orchestrator.Actors.Tests.Remote.RemoteTestMessages;

namespace Orchestrator.Actors.Tests.Remote;

public sealed class RemoteQueueOverflowTests(ITestOutputHelper output)
    : RemoteTestBase(output, "orch.remote.outbound-message-queue-size = 5")
{
    [Fact]
    public void Messages_beyond_the_outbound_queue_of_an_unreachable_system_go_to_dead_letters()
    {
        var ghost = Unreachable(Sys);
        var log = LogProbe(Sys);

        EventFilter.DeadLetter<Ping>().Expect(5, () =>
        {
            for (var i = 0; i < 10; i++)
            {
                ghost.Tell(new Ping($"{i}"), TestActor);
            }
        });

        // One line for the burst, not one per message.
        ExpectLog(log, "is full");
        var later = log.ReceiveWhile(m => m as Orchestrator.Actors.Event.LogEvent, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(300));
        Assert.DoesNotContain(later, e => e.Message.Contains("is full", StringComparison.Ordinal));
    }

    /// <summary>A reference at a loopback port where nothing listens.</summary>
    internal static IActorRef Unreachable(ActorSystem system)
    {
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        return ((ActorSystemImpl)system).Provider.ResolveActorRef(ActorPath.Parse($"orch://ghost@127.0.0.1:{port}/user/echo"));
    }
}
