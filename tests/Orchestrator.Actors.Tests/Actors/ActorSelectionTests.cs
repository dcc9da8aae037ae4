namespace Orchestrator.Actors.Tests.Actors;

public sealed class ActorSelectionTests : ActorSpec
{
    private readonly IActorRef _a;
    private readonly IActorRef _b1;
    private readonly IActorRef _b2;
    private readonly IActorRef _c;
    private readonly IActorRef _d;

    public ActorSelectionTests()
    {
        // /user/a with children b1 (and its child d), b2 and c.
        _a = Sys.ActorOf(Props.Create(() => new Node()), "a");
        _b1 = Child(_a, "b1");
        _b2 = Child(_a, "b2");
        _c = Child(_a, "c");
        _d = Child(_b1, "d");
    }

    [Fact]
    public void An_absolute_path_selects_the_actor()
    {
        Assert.Equal(_d, Identify(Sys.ActorSelection("/user/a/b1/d")));
    }

    [Fact]
    public void A_full_path_with_the_address_selects_the_actor()
    {
        Assert.Equal(_b2, Identify(Sys.ActorSelection(_b2.Path.ToString())));
        Assert.Equal(_b2, Identify(Sys.ActorSelection(_b2.Path)));
    }

    [Fact]
    public void A_path_of_another_system_selects_nothing()
    {
        Assert.Null(Identify(Sys.ActorSelection("orch://elsewhere/user/a")));
    }

    [Fact]
    public void A_relative_path_resolves_from_the_actor_itself()
    {
        Assert.Equal(_d, IdentifyFrom(_a, "b1/d"));
        Assert.Equal(_c, IdentifyFrom(_a, "c"));
    }

    [Fact]
    public void Dot_dot_climbs_to_the_parent()
    {
        Assert.Equal(_b2, IdentifyFrom(_b1, "../b2"));
        Assert.Equal(_c, IdentifyFrom(_d, "../../c"));
        Assert.Equal(_a, IdentifyFrom(_d, "../.."));
    }

    [Fact]
    public void A_star_matches_every_child()
    {
        Sys.ActorSelection("/user/a/*").Tell(new Identify("all"), TestActor);

        var found = ReceiveN(3).Cast<ActorIdentity>().Select(i => i.Subject).ToHashSet();
        Assert.Equal(new HashSet<IActorRef?> { _b1, _b2, _c }, found);
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Wildcards_match_parts_of_names_and_inner_elements()
    {
        Sys.ActorSelection("/user/a/b?").Tell(new Identify("b?"), TestActor);
        var bs = ReceiveN(2).Cast<ActorIdentity>().Select(i => i.Subject).ToHashSet();
        Assert.Equal(new HashSet<IActorRef?> { _b1, _b2 }, bs);

        Assert.Equal(_d, Identify(Sys.ActorSelection("/user/*/b*/d")));
    }

    [Fact]
    public void A_message_to_a_selection_keeps_its_sender()
    {
        var sender = CreateTestProbe("sender");

        Sys.ActorSelection("/user/a/c").Tell("echo me", sender.Ref);

        sender.ExpectMsg("echo me");
    }

    [Fact]
    public void Identify_on_a_path_with_no_actor_answers_with_a_null_subject()
    {
        Sys.ActorSelection("/user/a/missing").Tell(new Identify(7), TestActor);

        var identity = ExpectMsg<ActorIdentity>();
        Assert.Equal(7, identity.MessageId);
        Assert.Null(identity.Subject);
    }

    [Fact]
    public void A_stopped_actor_is_not_selected()
    {
        Watch(_c);
        Sys.Stop(_c);
        ExpectTerminated(_c);

        Assert.Null(Identify(Sys.ActorSelection("/user/a/c")));
    }

    [Fact]
    public async Task ResolveOne_returns_the_actor()
    {
        Assert.Equal(_b1, await Sys.ActorSelection("/user/a/b1").ResolveOne(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task ResolveOne_fails_with_ActorNotFoundException_when_nothing_is_there()
    {
        await Assert.ThrowsAsync<ActorNotFoundException>(() => Sys.ActorSelection("/user/a/missing").ResolveOne(TimeSpan.FromSeconds(5)));
    }

    private IActorRef Child(IActorRef parent, string name)
    {
        parent.Tell(new CreateChild(Props.Create(() => new Node()), name), TestActor);
        return ExpectMsg<IActorRef>();
    }

    private IActorRef? Identify(ActorSelection selection)
    {
        selection.Tell(new Identify("id"), TestActor);
        return ExpectMsg<ActorIdentity>().Subject;
    }

    private IActorRef? IdentifyFrom(IActorRef anchor, string path)
    {
        anchor.Tell(new SelectFromHere(path, new Identify(path)), TestActor);
        return ExpectMsg<ActorIdentity>(i => Equals(i.MessageId, path)).Subject;
    }

    private sealed record SelectFromHere(string Path, object Message);

    /// <summary>Creates children on request, sends through selections relative to itself, and echoes strings.</summary>
    private sealed class Node : ReceiveActor
    {
        public Node()
        {
            Receive<CreateChild>(c => Sender.Tell(Context.ActorOf(c.Props, c.Name)));
            Receive<SelectFromHere>(s => Context.ActorSelection(s.Path).Tell(s.Message, Sender));
            Receive<string>(s => Sender.Tell(s));
        }
    }
}
