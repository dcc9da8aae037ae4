using System.Buffers.Binary;
using System.Net.Sockets;
using Xunit;
using Xunit.Abstractions;
using static Orchestrator.Actors.Tests.Remote.RemoteTestMessages;

namespace Orchestrator.Actors.Tests.Remote;

public sealed class RemoteRobustnessTests(ITestOutputHelper output) : RemoteTestBase(output)
{
    [Fact]
    public async Task A_peer_with_the_wrong_secret_is_refused_and_logged_and_gets_nothing_delivered()
    {
        var node = Harness.StartNode("intruder", secret: "not-the-secret");
        node.System.ActorOf(Props.Create<Echo>(), "echo");
        var log = LogProbe(Sys);

        await Assert.ThrowsAnyAsync<Exception>(() => Sys.ActorSelection($"{node.Address}/user/echo").ResolveOne(TimeSpan.FromSeconds(1)));

        var refused = ExpectLog(log, "does not know the cluster secret");
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, refused.Level);
        Assert.Contains("127.0.0.1:", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unregistered_message_is_logged_and_dropped_by_the_sender_and_the_next_one_arrives()
    {
        var echo = await ResolveEcho(StartEchoNode());

        EventFilter.Error(contains: "cannot be serialized").ExpectOne(() => echo.Tell(new Unregistered("nope"), TestActor));
        echo.Tell(new Ping("after"), TestActor);

        ExpectMsg(new Ping("after"));
    }

    [Fact]
    public async Task A_message_the_receiver_cannot_decode_is_logged_there_and_the_connection_keeps_working()
    {
        var node = StartEchoNode();
        Orchestrator.Actors.Serialization.Serialization.Get(Sys).Register<OneSided>("test.remote.one-sided");
        var log = LogProbe(node.System);
        var echo = await ResolveEcho(node);

        echo.Tell(new OneSided("undecodable there"), TestActor);
        echo.Tell(new Ping("after"), TestActor);

        ExpectLog(log, "Unknown manifest 'test.remote.one-sided'");
        ExpectMsg(new Ping("after"));
    }

    [Fact]
    public async Task A_message_over_the_maximum_frame_size_is_dropped_with_an_error_and_the_next_one_arrives()
    {
        var echo = await ResolveEcho(StartEchoNode());

        EventFilter.Error(contains: "over orch.remote.maximum-frame-size").ExpectOne(() => echo.Tell(new Blob(new byte[300 * 1024]), TestActor));
        echo.Tell(new Blob(new byte[1000]), TestActor);

        Assert.Equal(1000, ExpectMsg<Blob>().Bytes.Length);
    }

    [Fact]
    public async Task Garbage_an_oversized_length_and_an_unknown_frame_on_the_port_leave_the_node_serving_others()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);
        var log = LogProbe(Sys);
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        var oversized = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(oversized, int.MaxValue);
        byte[] unknownKind = [0, 0, 0, 3, 99, 1, 2];

        foreach (var bytes in new[] { garbage, oversized, unknownKind })
        {
            using var client = new TcpClient();
            await client.ConnectAsync(Sys.Address.Host!, Sys.Address.Port!.Value);
            await client.GetStream().WriteAsync(bytes);
            ExpectLog(log, "Closed the inbound connection");
        }

        echo.Tell(new Ping("still here"), TestActor);
        ExpectMsg(new Ping("still here"));
        Sys.ActorOf(Props.Create<Echo>(), "echo");
        var back = await node.System.ActorSelection($"{Sys.Address}/user/echo").ResolveOne(TimeSpan.FromSeconds(10));
        Assert.NotNull(back);
    }
}
