using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Tests.Actors;

namespace Orchestrator.Actors.Tests.Dispatch;

public sealed class DispatcherTests : ActorSpec
{
    private const string Pinned = "orch.actor.pinned-dispatcher";

    private const string Config = """
        dispatcher-tests.three-at-a-time {
          type = "thread-pool"
          throughput = 3
        }
        """;

    public DispatcherTests()
        : base(config: Config)
    {
    }

    [Fact]
    public void A_pinned_actor_runs_every_message_on_one_dedicated_thread_outside_the_pool()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ThreadReporter()).WithDispatcher(Pinned));

        var threads = Enumerable.Range(0, 20).Select(_ => ThreadOf(actor)).ToList();

        Assert.Single(threads.Distinct());
        Assert.False(threads[0].IsThreadPoolThread);
        Assert.Contains("pinned", threads[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_pinned_actor_gets_a_thread_of_its_own()
    {
        var first = Sys.ActorOf(Props.Create(() => new ThreadReporter()).WithDispatcher(Pinned));
        var second = Sys.ActorOf(Props.Create(() => new ThreadReporter()).WithDispatcher(Pinned));

        Assert.NotSame(ThreadOf(first), ThreadOf(second));
    }

    [Fact]
    public void A_pinned_actor_keeps_its_thread_across_a_restart_and_the_thread_ends_when_it_stops()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ThreadReporter()).WithDispatcher(Pinned));
        var before = ThreadOf(actor);
        actor.Tell(Fail.With("boom"), TestActor);
        Assert.Same(before, ThreadOf(actor));
        Watch(actor);

        Sys.Stop(actor);

        ExpectTerminated(actor);
        AwaitCondition(() => !before.IsAlive);
    }

    [Fact]
    public void A_dispatcher_defined_in_configuration_is_used_with_its_throughput()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ThreadReporter()).WithDispatcher("dispatcher-tests.three-at-a-time"));
        actor.Tell("dispatcher", TestActor);

        Assert.Equal(("dispatcher-tests.three-at-a-time", 3), ExpectMsg<(string, int)>());
    }

    [Fact]
    public void Actors_use_the_default_dispatcher_unless_told_otherwise()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ThreadReporter()));
        actor.Tell("dispatcher", TestActor);

        Assert.Equal((Props.DefaultDispatcherId, 30), ExpectMsg<(string, int)>());
    }

    [Fact]
    public void A_mailbox_run_processes_at_most_throughput_messages()
    {
        // A pool thread's execution context is reset after each work item, and each mailbox
        // run is one work item: an AsyncLocal set by a message survives exactly until the
        // end of its run. The actor answers each message with the number of messages
        // before it in the same run. It holds the messages back by awaiting a task, which
        // suspends its mailbox without taking a thread.
        var actor = Sys.ActorOf(Props.Create(() => new RunCounter()).WithDispatcher("dispatcher-tests.three-at-a-time"));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        actor.Tell(gate.Task, TestActor);
        ExpectMsg("holding");
        for (var i = 0; i < 8; i++)
        {
            actor.Tell("count", TestActor);
        }

        gate.SetResult();

        // Usually 0,1,2,0,1,2,0,1; if the gate opens before the handler awaits, the held
        // message shares the first run: 0,1,0,1,2,0,1,2. Either way no run exceeds three.
        var positions = ReceiveN(8).Cast<int>().ToList();
        Assert.All(positions, p => Assert.InRange(p, 0, 2));
        Assert.All(positions.Zip(positions.Skip(1)), pair => Assert.True(pair.Second == 0 || pair.Second == pair.First + 1, string.Join(",", positions)));
        Assert.Contains(2, positions);
    }

    [Fact]
    public void An_unknown_dispatcher_id_is_a_configuration_error()
    {
        Assert.Throws<ConfigurationException>(() => Sys.ActorOf(Props.Create(() => new ThreadReporter()).WithDispatcher("no.such.dispatcher")));
    }

    [Fact]
    public void An_unknown_mailbox_id_is_a_configuration_error()
    {
        Assert.Throws<ConfigurationException>(() => Sys.ActorOf(Props.Create(() => new ThreadReporter()).WithMailbox("no.such.mailbox")));
    }

    private Thread ThreadOf(IActorRef actor)
    {
        actor.Tell("thread", TestActor);
        return ExpectMsg<Thread>();
    }

    /// <summary>Answers "thread" with its current thread and "dispatcher" with its dispatcher's id and throughput.</summary>
    private sealed class ThreadReporter : ReceiveActor
    {
        public ThreadReporter()
        {
            Receive<string>(s => s == "thread", _ => Sender.Tell(Thread.CurrentThread));
            Receive<string>(s => s == "dispatcher", _ => Sender.Tell((Context.Dispatcher.Id, Context.Dispatcher.Throughput)));
            Receive<Fail>(f => f.Throw());
        }

    }

    /// <summary>Counts the messages of the current mailbox run in an AsyncLocal; a task message holds the actor until it completes.</summary>
    private sealed class RunCounter : ReceiveActor
    {
        private static readonly AsyncLocal<int> InRun = new();

        public RunCounter()
        {
            ReceiveAsync<Task>(async wait =>
            {
                Sender.Tell("holding");
                await wait;
            });
            Receive<string>(_ => Sender.Tell(InRun.Value++));
        }
    }
}
