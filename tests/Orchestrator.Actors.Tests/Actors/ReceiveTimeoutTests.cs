namespace Orchestrator.Actors.Tests.Actors;

public sealed class ReceiveTimeoutTests : ActorSpec
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Silence = TimeSpan.FromMilliseconds(150);

    public ReceiveTimeoutTests()
        : base(useVirtualTime: true)
    {
    }

    [Fact]
    public void ReceiveTimeout_arrives_after_the_period_of_inactivity()
    {
        IdleActor();

        VirtualTime.Advance(Period - TimeSpan.FromMilliseconds(1));
        ExpectNoMsg(Silence);
        VirtualTime.Advance(TimeSpan.FromMilliseconds(1));
        ExpectMsg("timeout");
    }

    [Fact]
    public void ReceiveTimeout_comes_again_after_each_further_period_of_inactivity()
    {
        IdleActor();

        for (var i = 0; i < 3; i++)
        {
            VirtualTime.Advance(Period);
            ExpectMsg("timeout");
        }
    }

    [Fact]
    public void A_message_postpones_the_timeout_by_a_whole_period()
    {
        var actor = IdleActor();
        VirtualTime.Advance(TimeSpan.FromSeconds(6));
        actor.Tell("ping", TestActor);
        ExpectMsg("pong");

        VirtualTime.Advance(TimeSpan.FromSeconds(6));
        ExpectNoMsg(Silence);
        VirtualTime.Advance(TimeSpan.FromSeconds(4));
        ExpectMsg("timeout");
    }

    [Fact]
    public void A_message_marked_INotInfluenceReceiveTimeout_does_not_postpone_the_timeout()
    {
        var actor = IdleActor();
        VirtualTime.Advance(TimeSpan.FromSeconds(6));
        actor.Tell(new Quiet(), TestActor);
        ExpectMsg("quiet");

        VirtualTime.Advance(TimeSpan.FromSeconds(4));

        ExpectMsg("timeout");
    }

    [Fact]
    public void Clearing_the_receive_timeout_stops_it()
    {
        var actor = IdleActor();
        actor.Tell("clear", TestActor);
        ExpectMsg("cleared");

        VirtualTime.Advance(TimeSpan.FromMinutes(5));

        ExpectNoMsg(Silence);
    }

    [Fact]
    public void The_context_reports_the_receive_timeout_in_force()
    {
        var actor = IdleActor();
        actor.Tell("which", TestActor);
        ExpectMsg(Period.ToString());

        actor.Tell("clear", TestActor);
        ExpectMsg("cleared");
        actor.Tell("which", TestActor);
        ExpectMsg("none");
    }

    [Fact]
    public void An_actor_without_a_receive_timeout_never_gets_one()
    {
        Sys.ActorOf(Props.Create(() => new IdleActorImpl(TestActor, null)));
        ExpectMsg("started");

        VirtualTime.Advance(TimeSpan.FromHours(1));

        ExpectNoMsg(Silence);
    }

    private IActorRef IdleActor()
    {
        var actor = Sys.ActorOf(Props.Create(() => new IdleActorImpl(TestActor, Period)));
        ExpectMsg("started");
        return actor;
    }

    private sealed record Quiet : INotInfluenceReceiveTimeout;

    /// <summary>Sets its receive timeout in PreStart and reports each ReceiveTimeout as "timeout".</summary>
    private sealed class IdleActorImpl : ReceiveActor
    {
        private readonly IActorRef _report;
        private readonly TimeSpan? _timeout;

        public IdleActorImpl(IActorRef report, TimeSpan? timeout)
        {
            _report = report;
            _timeout = timeout;
            Receive<ReceiveTimeout>(_ => report.Tell("timeout"));
            Receive<Quiet>(_ => Sender.Tell("quiet"));
            Receive<string>(s => s == "ping", _ => Sender.Tell("pong"));
            Receive<string>(s => s == "which", _ => Sender.Tell(Context.ReceiveTimeout?.ToString() ?? "none"));
            Receive<string>(s => s == "clear", _ =>
            {
                Context.SetReceiveTimeout(null);
                Sender.Tell("cleared");
            });
        }

        protected override void PreStart()
        {
            Context.SetReceiveTimeout(_timeout);
            _report.Tell("started");
        }
    }
}
