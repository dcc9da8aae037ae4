using Orchestrator.Actors.Remote;
using Xunit;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Tests.Remote;

public sealed class RemoteProcessTests(ITestOutputHelper output) : RemoteTestBase(output)
{
    [Fact]
    public async Task A_SIGKILLed_process_is_detected_by_the_remote_watcher_and_its_restart_is_a_new_incarnation()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Orchestrator.Actors.Serialization.Serialization.Get(Sys).Register<string>(RemoteHostProcess.TextManifest);
        var events = CreateTestProbe();
        Sys.EventStream.Subscribe(events.Ref, typeof(QuarantinedEvent));
        int port;
        long firstUid;
        using (var first = await RemoteHostProcess.StartAsync(0, timeout.Token))
        {
            port = first.Address.Port!.Value;
            firstUid = first.Uid;
            var echo = await Sys.ActorSelection($"{first.Address}/user/echo").ResolveOne(TimeSpan.FromSeconds(10));
            echo.Tell("before the crash", TestActor);
            ExpectMsg("before the crash");
            Watch(echo);

            await first.KillAsync(timeout.Token);

            var terminated = ExpectTerminated(echo, TimeSpan.FromSeconds(15));
            Assert.True(terminated.AddressTerminated);
        }

        using var second = await RemoteHostProcess.StartAsync(port, timeout.Token);
        Assert.NotEqual(firstUid, second.Uid);
        var reborn = await Sys.ActorSelection($"{second.Address}/user/echo").ResolveOne(TimeSpan.FromSeconds(10));
        reborn.Tell("after the restart", TestActor);
        ExpectMsg("after the restart", TimeSpan.FromSeconds(10));
        events.ExpectMsg(new QuarantinedEvent(second.Address, firstUid));
    }
}
