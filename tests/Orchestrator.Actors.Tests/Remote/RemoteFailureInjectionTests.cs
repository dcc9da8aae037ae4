using Orchestrator.Actors.Remote;
using Xunit;
using Xunit.Abstractions;
using static Orchestrator.Actors.Tests.Remote.RemoteTestMessages;

namespace Orchestrator.Actors.Tests.Remote;

public sealed class RemoteFailureInjectionTests(ITestOutputHelper output) : RemoteTestBase(output)
{
    [Fact]
    public async Task Reconnects_after_a_disconnect_and_delivers_again()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);
        var log = LogProbe(Sys);

        Transport.FailureInjector.Disconnect(node.Address);

        // The next message re-opens the connection (an idle association stays closed).
        AwaitAssert(
            () =>
            {
                echo.Tell(new Ping("again"), TestActor);
                ExpectMsg(new Ping("again"), TimeSpan.FromSeconds(1));
            },
            TimeSpan.FromSeconds(10));
        ExpectLog(log, $"Associated with {node.Address}");
    }

    [Fact]
    public async Task A_send_blackhole_drops_frames_silently_until_pass_through()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);

        Transport.FailureInjector.Blackhole(node.Address, ThrottleDirection.Send);
        echo.Tell(new Ping("lost"), TestActor);
        ExpectNoMsg(TimeSpan.FromMilliseconds(300));
        Transport.FailureInjector.PassThrough(node.Address);
        echo.Tell(new Ping("found"), TestActor);

        ExpectMsg(new Ping("found"));
    }

    [Fact]
    public async Task A_receive_blackhole_drops_the_replies()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);

        Transport.FailureInjector.Blackhole(node.Address, ThrottleDirection.Receive);
        echo.Tell(new Ping("unheard"), TestActor);

        ExpectNoMsg(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task A_delay_holds_messages_back_without_losing_them()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);

        Transport.FailureInjector.Delay(node.Address, TimeSpan.FromMilliseconds(800));
        echo.Tell(new Ping("late"), TestActor);

        ExpectNoMsg(TimeSpan.FromMilliseconds(300));
        ExpectMsg(new Ping("late"), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_failure_injector_is_refused_unless_enabled()
    {
        using var node = ActorSystem.Create("no-injector", "orch.actor.provider = remote");

        Assert.Throws<InvalidOperationException>(() => RemoteTransport.Get(node).FailureInjector);
    }
}
