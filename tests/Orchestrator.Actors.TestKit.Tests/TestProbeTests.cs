using Orchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class TestProbeTests(ITestOutputHelper output) : TestKit(output)
{
    [Fact]
    public void Send_uses_the_probe_as_sender()
    {
        var probe = CreateTestProbe();
        var echo = Sys.ActorOf(Props.Create<EchoActor>());

        probe.Send(echo, "hi");

        probe.ExpectMsg("hi");
        Assert.Equal(echo, probe.LastSender);
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Reply_answers_the_last_sender_as_the_probe()
    {
        var probe = CreateTestProbe();
        probe.Ref.Tell("question", TestActor);
        probe.ExpectMsg("question");

        probe.Reply("answer");

        ExpectMsg("answer");
        Assert.Equal(probe.Ref, LastSender);
    }

    [Fact]
    public void Forward_keeps_the_original_sender()
    {
        var probe = CreateTestProbe();
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        echo.Tell("original", probe.Ref);
        probe.ExpectMsg("original");

        probe.Forward(TestActor);

        ExpectMsg("original");
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public void Reply_and_Forward_need_a_received_message()
    {
        var probe = CreateTestProbe();

        Assert.Throws<InvalidOperationException>(() => probe.Reply("too soon"));
        Assert.Throws<InvalidOperationException>(() => probe.Forward(TestActor));
    }

    [Fact]
    public void Probes_have_their_own_queues_and_failing_expectations()
    {
        var first = CreateTestProbe("first");
        var second = CreateTestProbe("second");

        first.Tell("for the first", null);

        Assert.Equal("first", first.Ref.Path.Name);
        Assert.Throws<TestKitAssertionException>(() => second.ExpectMsg<string>(TimeSpan.FromMilliseconds(50)));
        first.ExpectMsg("for the first");
        Assert.False(HasMessages);
    }

    [Fact]
    public void Test_actors_live_under_system_and_are_numbered()
    {
        Assert.Equal("/system/testActor1", TestActor.Path.ToStringWithoutAddress());
        Assert.Equal("/system/testActor2", CreateTestProbe().Ref.Path.ToStringWithoutAddress());
    }

    [Fact]
    public void AutoPilot_answers_while_the_messages_still_reach_the_probe()
    {
        var probe = CreateTestProbe();
        probe.SetAutoPilot(new DelegateAutoPilot((sender, message) =>
        {
            sender.Tell($"auto:{message}", null);
            return message is "last" ? AutoPilot.NoAutoPilot : AutoPilot.KeepRunning;
        }));

        probe.Ref.Tell("one", TestActor);
        probe.Ref.Tell("last", TestActor);
        probe.Ref.Tell("ignored", TestActor);

        ExpectMsg("auto:one");
        ExpectMsg("auto:last");
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        Assert.Equal(["one", "last", "ignored"], probe.ReceiveN(3));
    }

    [Fact]
    public void A_probe_can_be_made_for_any_system()
    {
        var probe = new TestProbe(Sys, "standalone");

        probe.Tell(42, null);

        Assert.Equal(42, probe.ExpectMsg<int>());
        Assert.Contains("standalone", probe.ToString(), StringComparison.Ordinal);
    }
}
