namespace Orchestrator.Actors.Tests.Actors;

public sealed class PipeToTests : ActorSpec
{
    [Fact]
    public void The_result_of_a_task_is_sent_with_the_given_sender()
    {
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sender = CreateTestProbe("sender");
        source.Task.PipeTo(TestActor, sender.Ref);

        source.SetResult("done");

        ExpectMsg("done");
        Assert.Equal(sender.Ref, LastSender);
    }

    [Fact]
    public void A_failed_task_is_sent_as_Status_Failure_with_its_exception()
    {
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Task.PipeTo(TestActor);
        var cause = new InvalidOperationException("failed");

        source.SetException(cause);

        Assert.Same(cause, ExpectMsg<Status.Failure>().Cause);
    }

    [Fact]
    public void A_cancelled_task_is_sent_as_Status_Failure_with_a_cancellation()
    {
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Task.PipeTo(TestActor);

        source.SetCanceled();

        Assert.IsAssignableFrom<OperationCanceledException>(ExpectMsg<Status.Failure>().Cause);
    }

    [Fact]
    public void Success_and_failure_mappers_shape_the_messages()
    {
        var good = Task.FromResult(21);
        var bad = Task.FromException<int>(new InvalidOperationException("bad"));

        good.PipeTo(TestActor, success: n => n * 2, failure: e => e.Message);
        ExpectMsg(42);
        bad.PipeTo(TestActor, success: n => n * 2, failure: e => $"mapped {e.Message}");
        ExpectMsg("mapped bad");
    }

    [Fact]
    public void A_plain_task_pipes_the_success_message()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Task.PipeTo(TestActor, success: () => "finished");

        source.SetResult();

        ExpectMsg("finished");
    }

    [Fact]
    public void Inside_an_actor_the_sender_defaults_to_the_actor_itself()
    {
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = Sys.ActorOf(Props.Create(() => new PipesToItself(source.Task, TestActor)));
        actor.Tell("start", TestActor);
        ExpectMsg("started");

        source.SetResult("result");

        ExpectMsg("result from myself");
    }

    /// <summary>Pipes a task to itself on "start", then reports whether the result came from itself.</summary>
    private sealed class PipesToItself : ReceiveActor
    {
        public PipesToItself(Task<string> task, IActorRef report)
        {
            Receive<string>(s => s == "start", _ =>
            {
                task.PipeTo(Self);
                Sender.Tell("started");
            });
            Receive<string>(s => report.Tell(Sender.Equals(Self) ? $"{s} from myself" : $"{s} from {Sender}"));
        }
    }
}
