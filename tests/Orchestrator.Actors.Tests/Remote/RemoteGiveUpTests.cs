using Xunit;
using Xunit.Abstractions;
using static Orchestrator.Actors.Tests.Remote.RemoteTestMessages;

namespace Orchestrator.Actors.Tests.Remote;

public sealed class RemoteGiveUpTests(ITestOutputHelper output)
    : RemoteTestBase(output, "orch.remote.give-up-after = 300ms")
{
    [Fact]
    public void Messages_queued_for_a_system_unreachable_past_give_up_after_go_to_dead_letters_with_a_log_line()
    {
        var ghost = RemoteQueueOverflowTests.Unreachable(Sys);
        var log = LogProbe(Sys);

        EventFilter.DeadLetter<Ping>().Expect(2, () =>
        {
            ghost.Tell(new Ping("one"), TestActor);
            ghost.Tell(new Ping("two"), TestActor);
        });

        ExpectLog(log, "has been unreachable");
    }
}
