using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>Duplicate keys, object merging and <see cref="Config.WithFallback"/>.</summary>
public sealed class MergingTests
{
    [Fact]
    public void Later_duplicate_object_merges_with_earlier()
    {
        var config = Hocon.Parse("a { x = 1, y = 1 }\na { y = 2, z = 2 }");

        Assert.Equal((1, 2, 2), (config.GetInt("a.x"), config.GetInt("a.y"), config.GetInt("a.z")));
    }

    [Fact]
    public void Later_scalar_overrides_earlier_value()
    {
        var config = Hocon.Parse("a = 1\na = 2\nb { x = 1 }\nb = flat");

        Assert.Equal(2, config.GetInt("a"));
        Assert.Equal("flat", config.GetString("b"));
    }

    [Fact]
    public void Later_object_replaces_earlier_scalar()
    {
        var config = Hocon.Parse("a = flat\na { x = 1 }");

        Assert.Equal(["x"], config.GetConfig("a").Keys);
    }

    [Fact]
    public void Null_between_two_objects_prevents_their_merge()
    {
        var config = Hocon.Parse("a { x = 1 }\na = null\na { y = 2 }");

        Assert.False(config.HasPath("a.x"));
        Assert.Equal(2, config.GetInt("a.y"));
    }

    [Fact]
    public void Dotted_keys_merge_into_objects_defined_earlier_and_later()
    {
        var config = Hocon.Parse("a { x = 1 }\na.y = 2\na.b.c = 3\na { b { d = 4 } }");

        Assert.Equal([1, 2, 3, 4], new[] { "a.x", "a.y", "a.b.c", "a.b.d" }.Select(path => config.GetInt(path)));
    }

    [Fact]
    public void Merged_objects_keep_first_definition_order()
    {
        var config = Hocon.Parse("b = 1\na { z = 1 }\nc = 1\na { y = 1, z = 2 }\nb = 2");

        Assert.Equal(["b", "a", "c"], config.Keys);
        Assert.Equal(["z", "y"], config.GetConfig("a").Keys);
    }

    [Fact]
    public void WithFallback_keeps_this_config_winning_and_merges_objects()
    {
        var user = Hocon.Parse("orch { loglevel = Debug, actor { ask-timeout = 3s } }");
        var reference = Hocon.Parse("orch { loglevel = Information, system-name = orchestrator, actor { ask-timeout = 10s, throughput = 30 } }");

        var merged = user.WithFallback(reference);

        Assert.Equal("Debug", merged.GetString("orch.loglevel"));
        Assert.Equal("orchestrator", merged.GetString("orch.system-name"));
        Assert.Equal(TimeSpan.FromSeconds(3), merged.GetTimeSpan("orch.actor.ask-timeout"));
        Assert.Equal(30, merged.GetInt("orch.actor.throughput"));
    }

    [Fact]
    public void WithFallback_returns_a_new_config_and_leaves_both_inputs_unchanged()
    {
        var user = Hocon.Parse("a = 1");
        var reference = Hocon.Parse("a = 0\nb = 2");

        var merged = user.WithFallback(reference);

        Assert.NotSame(user, merged);
        Assert.False(user.HasPath("b"));
        Assert.Equal(0, reference.GetInt("a"));
        Assert.Equal(2, merged.GetInt("b"));
    }

    [Fact]
    public void A_non_object_between_two_fallbacks_hides_the_lower_object()
    {
        var first = Hocon.Parse("a { x = 1 }");

        var hidden = first.WithFallback(Hocon.Parse("a = 42")).WithFallback(Hocon.Parse("a { y = 2 }"));
        var adjacent = first.WithFallback(Hocon.Parse("a { y = 2 }")).WithFallback(Hocon.Parse("a = 42"));

        Assert.Equal(["x"], hidden.GetConfig("a").Keys);
        Assert.Equal(["y", "x"], adjacent.GetConfig("a").Keys);
    }

    [Fact]
    public void Fallback_to_or_from_empty_is_the_other_config()
    {
        var config = Hocon.Parse("a = 1");

        Assert.Same(config, config.WithFallback(Config.Empty));
        Assert.Same(config, Config.Empty.WithFallback(config));
        Assert.Same(ConfigurationFactory.Empty, Config.Empty);
    }

    [Fact]
    public void A_sub_config_can_be_layered_again()
    {
        var config = Hocon.Parse("orch { actor { throughput = 5 } }");

        var dispatcher = config.GetConfig("orch.actor").WithFallback(Hocon.Parse("throughput = 30\ntype = thread-pool"));

        Assert.Equal(5, dispatcher.GetInt("throughput"));
        Assert.Equal("thread-pool", dispatcher.GetString("type"));
    }
}
