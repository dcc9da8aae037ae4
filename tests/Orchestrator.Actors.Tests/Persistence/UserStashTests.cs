using Orchestrator.Actors.Persistence;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>A persistent actor's own stash (<see cref="IWithUnboundedStash"/>) works beside the internal one, in order.</summary>
public sealed class UserStashTests : PersistenceTestKit
{
    [Fact]
    public void Messages_the_actor_stashed_itself_come_back_before_those_stashed_while_persisting()
    {
        var door = Sys.ActorOf(Props.Create(() => new Door()));

        door.Tell("a", TestActor);
        door.Tell("b", TestActor);
        door.Tell(Door.Open.Instance, TestActor);
        door.Tell("c", TestActor);

        Assert.Equal(new object[] { "opened", "a", "b", "c" }, ReceiveN(4));
    }

    [Fact]
    public void Commands_stashed_by_the_actor_and_persisted_later_are_recovered()
    {
        var door = Sys.ActorOf(Props.Create(() => new Door()));
        door.Tell("a", TestActor);
        door.Tell(Door.Open.Instance, TestActor);
        ReceiveN(2);
        StopAndWait(door);

        Sys.ActorOf(Props.Create(() => new Door())).Tell(Door.Replayed.Instance, TestActor);

        ExpectMsg<string[]>(replayed => Assert.Equal(["opened", "a"], replayed));
    }

    /// <summary>Stashes strings until opened; then persists each and echoes it.</summary>
    private sealed class Door : ReceivePersistentActor, IWithUnboundedStash
    {
        private readonly List<string> _replayed = [];

        public Door()
        {
            Recover<string>(_replayed.Add);
            Command<string>(_ => Stash.Stash());
            Command<Replayed>(_ => Sender.Tell(_replayed.ToArray(), Self));
            Command<Open>(_ => Persist("opened", e =>
            {
                Become(Opened);
                Stash.UnstashAll();
                Sender.Tell(e, Self);
            }));
        }

        public override string PersistenceId => "door";

        public IStash Stash { get; set; } = null!;

        private void Opened() => Command<string>(s => Persist(s, e => Sender.Tell(e, Self)));

        public sealed record Open
        {
            public static Open Instance { get; } = new();
        }

        public sealed record Replayed
        {
            public static Replayed Instance { get; } = new();
        }
    }
}
