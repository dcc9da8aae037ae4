using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary><c>include</c>: placement, relative lookup, substitution fix-up, missing and required files.</summary>
public sealed class IncludeTests
{
    private static readonly Config Main = ConfigurationFactory.ParseFile(Hocon.Corpus("includes", "main.conf"));

    [Fact]
    public void Included_keys_override_earlier_ones_and_are_overridden_by_later_ones()
    {
        Assert.Equal("/srv/orch", Main.GetString("base-dir"));
        Assert.Equal("from-defaults", Main.GetString("name"));
        Assert.Equal(9090, Main.GetInt("server.port"));
    }

    [Fact]
    public void Substitutions_in_a_file_included_in_an_object_are_relative_to_that_object()
    {
        Assert.Equal("localhost:9090", Main.GetString("server.url"));
    }

    [Fact]
    public void Substitutions_in_an_included_file_fall_back_to_the_root()
    {
        Assert.Equal("/srv/orch/home", Main.GetString("server.home"));
    }

    [Fact]
    public void File_and_required_forms_and_a_newline_before_the_name_are_accepted()
    {
        Assert.True(Main.GetBoolean("extra"));
        Assert.True(Main.GetBoolean("required-loaded"));
        Assert.Equal(1, Main.GetInt("after-newline"));
    }

    [Fact]
    public void Missing_plain_include_is_ignored()
    {
        Assert.Equal(["base-dir", "name", "server", "extra", "required-loaded", "after-newline"], Main.Keys);
    }

    [Fact]
    public void Values_remember_the_included_file_they_came_from()
    {
        var origin = Main.GetValue("server.host")!.Origin;

        Assert.EndsWith(Path.Combine("includes", "parts", "server.conf"), origin.Source, StringComparison.Ordinal);
        Assert.Equal((2, 8), (origin.Line, origin.Column));
    }

    [Fact]
    public void Absolute_include_from_a_string_reads_the_file()
    {
        var config = Hocon.Parse($"include {QuotedPath("includes", "parts", "extra.conf")}\nextra = false\nnested {{ include file({QuotedPath("includes", "parts", "required.conf")}) }}");

        Assert.False(config.GetBoolean("extra"));
        Assert.True(config.GetBoolean("nested.required-loaded"));
    }

    [Fact]
    public void Include_inside_a_list_element_object_is_merged_without_a_prefix()
    {
        var config = Hocon.Parse($"l = [{{ include {QuotedPath("includes", "parts", "extra.conf")} }}]");

        var item = Assert.IsType<ConfigObject>(Assert.IsType<ConfigList>(config.GetValue("l"))[0]);
        Assert.Equal("true", ((ConfigScalar)item["extra"]).Text);
    }

    [Fact]
    public void Resource_includes_name_sibling_resources()
    {
        var reference = new ResourceConfigSource(typeof(Config).Assembly, "Orchestrator.Actors.reference.conf");

        Assert.Equal("Orchestrator.Actors.dispatch.conf", reference.ResolveSibling("dispatch.conf").Name);
        Assert.Equal("Orchestrator.Actors.sub.more.conf", reference.ResolveSibling("sub/more.conf").Name);
        Assert.Equal("Other.Module.reference.conf", reference.ResolveSibling("/Other/Module/reference.conf").Name);
    }

    [Fact]
    public void The_runtime_reference_conf_is_an_embedded_resource()
    {
        var reference = ConfigurationFactory.FromResource(typeof(Config).Assembly, "Orchestrator.Actors.reference.conf");

        Assert.NotNull(reference.Root);
    }

    private static string QuotedPath(params string[] parts) => QuotedString.Quote(Hocon.Corpus(parts));
}
