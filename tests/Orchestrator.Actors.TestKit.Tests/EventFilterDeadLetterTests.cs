using Orchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class EventFilterDeadLetterTests(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(150);

    [Fact]
    public void Counts_dead_letters_of_the_type()
    {
        var dead = StoppedActor();

        EventFilter.DeadLetter<string>().Expect(2, () =>
        {
            dead.Tell("one", null);
            dead.Tell(3, null);
            dead.Tell("two", null);
        });
    }

    [Fact]
    public void Predicate_selects_the_dead_letters()
    {
        var dead = StoppedActor();

        EventFilter.DeadLetter<string>(s => s.StartsWith('x')).ExpectOne(() =>
        {
            dead.Tell("xray", null);
            dead.Tell("yankee", null);
        });
    }

    [Fact]
    public void Fails_on_too_few_dead_letters()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            EventFilter.DeadLetter<string>().Expect(1, () => { }, Short));

        Assert.Contains("waiting for 1 dead letters of String; got 0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_too_many_dead_letters()
    {
        var dead = StoppedActor();

        var failure = Assert.Throws<TestKitAssertionException>(() => EventFilter.DeadLetter<object>().ExpectOne(() =>
        {
            dead.Tell("a", null);
            dead.Tell("b", null);
        }));

        Assert.Contains("expected 1 dead letters but got 2", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Untyped_form_matches_by_type()
    {
        var dead = StoppedActor();

        EventFilter.DeadLetter(typeof(int)).ExpectOne(() => dead.Tell(5, null));
    }

    private IActorRef StoppedActor()
    {
        var actor = Watch(Sys.ActorOf(Props.Create<EchoActor>()));
        Sys.Stop(actor);
        ExpectTerminated(actor);
        return actor;
    }
}
