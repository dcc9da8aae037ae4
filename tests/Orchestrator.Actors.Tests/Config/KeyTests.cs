namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>Keys are path expressions: dots split them outside quotes, whitespace and keywords are text.</summary>
public sealed class KeyTests
{
    [Fact]
    public void Dotted_keys_expand_to_nested_objects()
    {
        var config = Hocon.Parse("orch.actor.ask-timeout = 5s\norch.loglevel = Debug");

        Assert.Equal(["orch"], config.Keys);
        Assert.Equal(TimeSpan.FromSeconds(5), config.GetConfig("orch").GetConfig("actor").GetTimeSpan("ask-timeout"));
        Assert.Equal("Debug", config.GetString("orch.loglevel"));
    }

    [Fact]
    public void Quoted_keys_with_dots_are_one_key()
    {
        var config = Hocon.Parse("\"a.b\" = 1\na.\"c.d\".e = 2\n\"\" = empty");

        Assert.True(config.HasPath("\"a.b\""));
        Assert.False(config.HasPath("a.b"));
        Assert.Equal(2, config.GetInt("a.\"c.d\".e"));
        Assert.Equal("empty", config.GetString("\"\""));
        Assert.Equal(["\"a.b\"", "a.\"c.d\".e", "\"\""], config.AsEnumerable().Select(leaf => leaf.Key));
    }

    [Fact]
    public void Keys_may_contain_whitespace_numbers_and_keywords()
    {
        var config = Hocon.Parse("a b c = 1\n10.5 = x\ntrue = 2\nfoo include = 3\nnullable = 4");

        Assert.Equal(1, config.GetInt("\"a b c\""));
        Assert.Equal("x", config.GetString("10.5"));
        Assert.True(config.GetConfig("10").HasPath("5"));
        Assert.Equal(2, config.GetInt("\"true\""));
        Assert.Equal(3, config.GetInt("\"foo include\""));
        Assert.Equal(4, config.GetInt("nullable"));
    }

    [Fact]
    public void Include_is_an_ordinary_string_outside_key_position()
    {
        var config = Hocon.Parse("a = include\nb = [include]\n\"include\" = 1");

        Assert.Equal("include", config.GetString("a"));
        Assert.Equal(["include"], config.GetStringList("b"));
        Assert.Equal(1, config.GetInt("\"include\""));
    }
}
