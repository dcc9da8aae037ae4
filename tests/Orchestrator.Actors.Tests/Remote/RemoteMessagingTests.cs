using Orchestrator.Actors.Remote;
using Xunit;
using Xunit.Abstractions;
using static Orchestrator.Actors.Tests.Remote.RemoteTestMessages;

namespace Orchestrator.Actors.Tests.Remote;

public sealed class RemoteMessagingTests(ITestOutputHelper output) : RemoteTestBase(output)
{
    [Fact]
    public void Binds_a_port_at_start_and_gives_the_system_a_global_address_with_a_uid()
    {
        Assert.Equal("127.0.0.1", Sys.Address.Host);
        Assert.NotEqual(0, Sys.Address.Port);
        Assert.NotEqual(0, Transport.LocalUid);
        Assert.Equal(Sys.Address, Transport.Address);
    }

    [Fact]
    public void A_local_system_binds_nothing_and_has_no_transport()
    {
        using var local = ActorSystem.Create("plain");
        Assert.True(local.Address.HasLocalScope);
        Assert.Throws<InvalidOperationException>(() => RemoteTransport.Get(local));
    }

    [Fact]
    public async Task Tell_reaches_a_remote_actor_and_the_reply_comes_back_through_the_remote_sender()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);
        Assert.IsType<RemoteActorRef>(echo);

        echo.Tell(new Ping("hello"), TestActor);

        ExpectMsg(new Ping("hello"));
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public async Task Messages_travel_both_ways_between_two_systems()
    {
        var node = StartEchoNode();
        Sys.ActorOf(Props.Create<Echo>(), "echo");
        var probe = new Orchestrator.Actors.TestKit.TestProbe(node.System);
        var echoHere = await node.System.ActorSelection($"{Sys.Address}/user/echo").ResolveOne(TimeSpan.FromSeconds(10));

        echoHere.Tell(new Ping("from the other side"), probe.Ref);

        probe.ExpectMsg(new Ping("from the other side"));
        (await ResolveEcho(node)).Tell(new Ping("and back"), TestActor);
        ExpectMsg(new Ping("and back"));
    }

    [Fact]
    public async Task Ask_of_a_remote_actor_completes_with_its_reply()
    {
        var echo = await ResolveEcho(StartEchoNode());

        var reply = await echo.Ask<Ping>(new Ping("asked"), TimeSpan.FromSeconds(10));

        Assert.Equal("asked", reply.Text);
    }

    [Fact]
    public async Task Keeps_the_order_of_ten_thousand_messages_from_one_sender_to_one_recipient()
    {
        var echo = await ResolveEcho(StartEchoNode());
        const int count = 10_000;

        for (var i = 0; i < count; i++)
        {
            echo.Tell(new Numbered(0, i), TestActor);
        }

        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i, ExpectMsg<Numbered>(TimeSpan.FromSeconds(10)).Sequence);
        }
    }

    [Fact]
    public async Task A_reference_inside_a_message_round_trips_and_can_be_used()
    {
        var echo = await ResolveEcho(StartEchoNode());

        // The echo node receives TestActor's ref in the message and sends to it.
        echo.Tell(new Carry(TestActor, "carried"), ActorRefs.NoSender);

        ExpectMsg(new Ping("carried"));
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public async Task ResolveOne_of_a_missing_remote_path_fails_with_ActorNotFound()
    {
        var node = StartEchoNode();

        await Assert.ThrowsAsync<ActorNotFoundException>(() =>
            Sys.ActorSelection($"{node.Address}/user/nobody").ResolveOne(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_remote_wildcard_selection_reaches_every_matching_actor()
    {
        var node = StartEchoNode();
        node.System.ActorOf(Props.Create<Echo>(), "echo-2");

        Sys.ActorSelection($"{node.Address}/user/echo*").Tell(new Ping("all"), TestActor);

        ExpectMsg(new Ping("all"));
        ExpectMsg(new Ping("all"));
    }

    [Fact]
    public async Task A_PoisonPill_sent_over_the_wire_stops_the_remote_actor()
    {
        var node = StartEchoNode();
        var probe = new Orchestrator.Actors.TestKit.TestProbe(node.System);
        var local = await node.System.ActorSelection("/user/echo").ResolveOne(TimeSpan.FromSeconds(5));
        probe.Watch(local);

        (await ResolveEcho(node)).Tell(PoisonPill.Instance, ActorRefs.NoSender);

        probe.ExpectTerminated(local);
    }

    [Fact]
    public async Task A_Status_Failure_reply_fails_the_remote_ask_with_the_original_type_and_message()
    {
        var echo = await ResolveEcho(StartEchoNode());

        var error = await Assert.ThrowsAsync<RemoteException>(() =>
            echo.Ask<Ping>(new Status.Failure(new InvalidOperationException("it broke")), TimeSpan.FromSeconds(10)));

        Assert.Equal(typeof(InvalidOperationException).FullName, error.OriginalType);
        Assert.Contains("it broke", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identify_keeps_its_message_id_and_answers_with_a_usable_remote_subject()
    {
        var node = StartEchoNode();

        Sys.ActorSelection($"{node.Address}/user/echo").Tell(new Identify(42), TestActor);

        var identity = ExpectMsg<ActorIdentity>();
        Assert.Equal(42, identity.MessageId);
        var subject = Assert.IsType<RemoteActorRef>(identity.Subject);
        Assert.Equal(await ResolveEcho(node), subject);
    }

    [Fact]
    public void Three_nodes_of_the_harness_reach_each_other_by_selection()
    {
        var nodes = Harness.StartNodes(3, "peer");
        foreach (var node in nodes)
        {
            node.System.ActorOf(Props.Create<Echo>(), "echo");
        }

        foreach (var from in nodes)
        {
            var probe = new Orchestrator.Actors.TestKit.TestProbe(from.System);
            foreach (var to in nodes.Where(n => n != from))
            {
                from.System.ActorSelection($"{to.Address}/user/echo").Tell(new Ping(to.Name), probe.Ref);
                probe.ExpectMsg(new Ping(to.Name));
            }
        }

        Assert.Equal(3, nodes.Select(n => n.Transport.LocalUid).Distinct().Count());
    }
}
