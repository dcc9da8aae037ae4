namespace Orchestrator.Actors.Tests.Actors;

public sealed class NamingTests : ActorSpec
{
    [Fact]
    public void A_name_already_taken_by_a_sibling_is_rejected()
    {
        Sys.ActorOf(Echo(), "twin");

        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Echo(), "twin"));
    }

    [Fact]
    public void A_duplicate_child_name_fails_the_parent_that_tried_it()
    {
        var grandparent = Spawn.Supervisor(Sys, Deciders.OneForOne(TestActor, Directive.Resume));
        var parent = Spawn.ChildOf(this, grandparent, Echo(), "parent");
        Spawn.ChildOf(this, parent, Echo(), "twin");

        parent.Tell(new CreateChild(Echo(), "twin"), TestActor);

        ExpectMsg<InvalidActorNameException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("has/slash")]
    [InlineData("has#hash")]
    [InlineData("has?question")]
    [InlineData("naïve")]
    public void A_name_with_characters_a_path_cannot_hold_is_rejected(string name)
    {
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Echo(), name));
    }

    [Fact]
    public void A_name_starting_with_a_dollar_is_reserved_for_the_runtime()
    {
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Echo(), "$mine"));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("with-dash_and.dot")]
    [InlineData("x:y@z")]
    [InlineData("a+b=c,d!e~f'g;h(i)j")]
    [InlineData("ends-with-$")]
    public void A_name_of_letters_digits_and_url_safe_punctuation_is_accepted(string name)
    {
        var actor = Sys.ActorOf(Echo(), name);

        Assert.Equal(name, actor.Path.Name);
        actor.Tell("alive?", TestActor);
        ExpectMsg("alive?");
    }

    [Fact]
    public void Generated_names_start_with_a_dollar_and_are_unique()
    {
        var names = Enumerable.Range(0, 200).Select(_ => Sys.ActorOf(Echo()).Path.Name).ToList();

        Assert.All(names, n => Assert.StartsWith("$", n, StringComparison.Ordinal));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void A_child_path_is_its_parent_path_and_its_name()
    {
        var parent = Sys.ActorOf(Echo(), "parent");
        var child = Spawn.ChildOf(this, parent, Echo(), "child");

        Assert.Equal(parent.Path, child.Path.Parent);
        Assert.Equal("/user/parent/child", child.Path.ToStringWithoutAddress());
    }

    [Fact]
    public void A_name_is_free_again_once_its_actor_has_terminated_and_the_new_actor_is_another_incarnation()
    {
        var first = Sys.ActorOf(Echo(), "reused");
        Watch(first);
        Sys.Stop(first);
        ExpectTerminated(first);

        IActorRef? second = null;
        AwaitAssert(() => second = Sys.ActorOf(Echo(), "reused"));

        Assert.Equal(first.Path, second!.Path);
        Assert.NotEqual(first.Path.Uid, second.Path.Uid);
        Assert.NotEqual(first, second);
    }

    private static Props Echo() => LifecycleActor.Create(ActorRefs.Nobody, "named");
}
