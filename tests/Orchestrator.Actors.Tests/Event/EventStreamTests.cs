using Orchestrator.Actors.Event;
using Orchestrator.Actors.Tests.Actors;

namespace Orchestrator.Actors.Tests.Event;

public sealed class EventStreamTests : ActorSpec
{
    [Fact]
    public void A_subscriber_to_a_base_type_receives_events_of_derived_types()
    {
        Sys.EventStream.Subscribe<Animal>(TestActor);

        Sys.EventStream.Publish(new Dog("rex"));
        Sys.EventStream.Publish(new Cat("tom"));

        ExpectMsg(new Dog("rex"));
        ExpectMsg(new Cat("tom"));
    }

    [Fact]
    public void A_subscriber_to_an_interface_receives_events_that_implement_it()
    {
        Sys.EventStream.Subscribe<IBarks>(TestActor);

        Sys.EventStream.Publish(new Cat("tom"));
        Sys.EventStream.Publish(new Dog("rex"));

        ExpectMsg(new Dog("rex"));
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void A_subscriber_to_several_matching_types_receives_each_event_once()
    {
        Assert.True(Sys.EventStream.Subscribe<Animal>(TestActor));
        Assert.True(Sys.EventStream.Subscribe<IBarks>(TestActor));
        Assert.False(Sys.EventStream.Subscribe<IBarks>(TestActor));

        Sys.EventStream.Publish(new Dog("rex"));

        ExpectMsg(new Dog("rex"));
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Unsubscribing_from_one_type_keeps_the_other_subscriptions()
    {
        Sys.EventStream.Subscribe<Dog>(TestActor);
        Sys.EventStream.Subscribe<Cat>(TestActor);

        Assert.True(Sys.EventStream.Unsubscribe<Dog>(TestActor));
        Assert.False(Sys.EventStream.Unsubscribe<Dog>(TestActor));
        Sys.EventStream.Publish(new Dog("rex"));
        Sys.EventStream.Publish(new Cat("tom"));

        ExpectMsg(new Cat("tom"));
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Unsubscribing_from_everything_ends_all_deliveries()
    {
        Sys.EventStream.Subscribe<Dog>(TestActor);
        Sys.EventStream.Subscribe<Cat>(TestActor);

        Sys.EventStream.Unsubscribe(TestActor);
        Sys.EventStream.Publish(new Dog("rex"));
        Sys.EventStream.Publish(new Cat("tom"));

        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Every_subscriber_receives_the_event()
    {
        var other = CreateTestProbe("other");
        Sys.EventStream.Subscribe<Dog>(TestActor);
        Sys.EventStream.Subscribe<Animal>(other.Ref);

        Sys.EventStream.Publish(new Dog("rex"));

        ExpectMsg(new Dog("rex"));
        other.ExpectMsg(new Dog("rex"));
    }

    [Fact]
    public void A_subscriber_that_stops_is_unsubscribed_automatically()
    {
        var subscriber = CreateTestProbe("subscriber");
        Sys.EventStream.Subscribe<Dog>(subscriber.Ref);
        Watch(subscriber.Ref);
        Sys.Stop(subscriber.Ref);
        ExpectTerminated(subscriber.Ref);

        // Publishing to a subscription of a dead actor makes a DeadLetter; it is told to us
        // synchronously inside Publish, so it always arrives before the marker that follows.
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);
        Sys.EventStream.Subscribe<Marker>(TestActor);
        var round = 0;
        AwaitAssert(() =>
        {
            var marker = new Marker(++round);
            Sys.EventStream.Publish(new Dog("rex"));
            Sys.EventStream.Publish(marker);
            var first = ReceiveOne(TimeSpan.FromSeconds(3));
            if (first is DeadLetter)
            {
                ExpectMsg(marker);
            }

            Assert.Equal(marker, first);
        });
    }

    [Fact]
    public void Failures_are_published_as_log_events()
    {
        Sys.EventStream.Subscribe<LogEvent>(TestActor);
        var actor = Sys.ActorOf(Props.Create(() => new Failing()));

        actor.Tell("fail", TestActor);

        var logged = FishForMessage<LogEvent>(e => e.Exception is InvalidOperationException);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, logged.Level);
        Assert.Contains("failing on purpose", logged.Message, StringComparison.Ordinal);
    }

    private abstract record Animal(string Name);

    private interface IBarks;

    private sealed record Dog(string Name) : Animal(Name), IBarks;

    private sealed record Cat(string Name) : Animal(Name);

    private sealed record Marker(int Round);

    private sealed class Failing : ReceiveActor
    {
        public Failing() => Receive<string>(_ => throw new InvalidOperationException("failing on purpose"));
    }
}
