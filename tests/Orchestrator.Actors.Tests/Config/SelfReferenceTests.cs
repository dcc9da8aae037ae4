using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>Fields that build on their earlier value: <c>path = ${path}":/x"</c> and <c>list += item</c>.</summary>
public sealed class SelfReferenceTests
{
    [Fact]
    public void Self_reference_builds_on_the_earlier_value()
    {
        var config = Hocon.Parse("path = /bin\npath = ${path}\":/usr/bin\"\npath = ${path}\":/opt/bin\"");

        Assert.Equal("/bin:/usr/bin:/opt/bin", config.GetString("path"));
    }

    [Fact]
    public void Self_reference_of_a_nested_field_and_of_a_field_inside_the_earlier_value()
    {
        var config = Hocon.Parse("a { b = 1 }\na.b = ${a.b}0\nc { x = 1 }\nc = ${c} { y = 2 }\nd { e = 5 }\nd = ${d.e}");

        Assert.Equal("10", config.GetString("a.b"));
        Assert.Equal((1, 2), (config.GetInt("c.x"), config.GetInt("c.y")));
        Assert.Equal(5, config.GetInt("d"));
    }

    [Fact]
    public void Plus_equals_appends_to_the_earlier_list_or_starts_one()
    {
        var config = Hocon.Parse("a = [1]\na += 2\na += [3]\nb += x\nb += y\nc { d += 1 }");

        var a = Assert.IsType<ConfigList>(config.GetValue("a"));
        Assert.Equal(3, a.Count);
        Assert.IsType<ConfigList>(a[2]);
        Assert.Equal(["x", "y"], config.GetStringList("b"));
        Assert.Equal(["1"], config.GetStringList("c.d"));
    }

    [Fact]
    public void Optional_self_reference_without_an_earlier_value_leaves_the_field_undefined()
    {
        Assert.False(Hocon.Parse("a = ${?a}").HasPath("a"));
    }

    [Fact]
    public void Self_reference_in_a_process_config_builds_on_the_reference_default()
    {
        var user = Hocon.Parse("orch.path = ${orch.path}\":/extra\"\norch.plugins += metrics");
        var reference = Hocon.Parse("orch { path = /base, plugins = [core] }");

        var merged = user.WithFallback(reference);

        Assert.Equal("/base:/extra", merged.GetString("orch.path"));
        Assert.Equal(["core", "metrics"], merged.GetStringList("orch.plugins"));
        Assert.Throws<ConfigurationException>(() => user.Root);
    }
}
