using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>Typed getters: conversions, defaults, missing paths and type errors with their origin.</summary>
public sealed class GetterTests
{
    [Fact]
    public void Strings_numbers_and_booleans_read_as_strings()
    {
        var config = Hocon.Parse("s = text\nn = 1e3\nb = false");

        Assert.Equal(("text", "1e3", "false"), (config.GetString("s"), config.GetString("n"), config.GetString("b")));
    }

    [Fact]
    public void Numeric_strings_read_as_numbers()
    {
        var config = Hocon.Parse("quoted = \"30\"\nexp = 1e3\nnegative = \"-12\"\nreal = \"2.5\"\nbig = 9000000000");

        Assert.Equal(30, config.GetInt("quoted"));
        Assert.Equal(1000, config.GetInt("exp"));
        Assert.Equal(-12L, config.GetLong("negative"));
        Assert.Equal(2.5, config.GetDouble("real"));
        Assert.Equal(9_000_000_000L, config.GetLong("big"));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"true\"", true)]
    [InlineData("yes", true)]
    [InlineData("on", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    [InlineData("OFF", false)]
    public void Booleans_accept_true_false_yes_no_on_off(string written, bool expected)
    {
        Assert.Equal(expected, Hocon.Parse($"b = {written}").GetBoolean("b"));
    }

    [Fact]
    public void Defaults_apply_when_the_path_is_missing_or_null_but_not_when_present()
    {
        var config = Hocon.Parse("present { s = x, i = 1, l = 2, d = 0.5, b = true, t = 2s, z = 1K, list = [a] }\nnull-valued = null");

        foreach (var prefix in new[] { "missing", "null-valued" })
        {
            Assert.Equal("dflt", config.GetString($"{prefix}.s", "dflt"));
            Assert.Equal("dflt", config.GetString(prefix, "dflt"));
            Assert.Equal(7, config.GetInt($"{prefix}.i", 7));
            Assert.Equal(8L, config.GetLong($"{prefix}.l", 8));
            Assert.Equal(0.25, config.GetDouble($"{prefix}.d", 0.25));
            Assert.True(config.GetBoolean(prefix, true));
            Assert.Equal(TimeSpan.FromSeconds(9), config.GetTimeSpan(prefix, TimeSpan.FromSeconds(9)));
            Assert.Equal(10L, config.GetByteSize(prefix, 10));
            Assert.Equal(["z"], config.GetStringList(prefix, ["z"]));
        }

        Assert.Equal("x", config.GetString("present.s", "dflt"));
        Assert.Equal(1, config.GetInt("present.i", 7));
        Assert.Equal(2L, config.GetLong("present.l", 8));
        Assert.Equal(0.5, config.GetDouble("present.d", 0.25));
        Assert.True(config.GetBoolean("present.b", false));
        Assert.Equal(TimeSpan.FromSeconds(2), config.GetTimeSpan("present.t", TimeSpan.Zero));
        Assert.Equal(1024L, config.GetByteSize("present.z", 0));
        Assert.Equal(["a"], config.GetStringList("present.list", []));
    }

    [Fact]
    public void Missing_path_is_an_error_naming_the_path()
    {
        var config = Hocon.Parse("orch { actor { } }");

        var error = Assert.Throws<ConfigurationException>(() => config.GetTimeSpan("orch.actor.ask-timeout"));

        Assert.Equal("no setting at path 'orch.actor.ask-timeout'", error.Message);
        Assert.Null(error.Origin);
    }

    [Theory]
    [InlineData("a = soon", "GetTimeSpan", "test.conf:1:5: a: expected a duration, got \"soon\"")]
    [InlineData("a = 10 parsecs", "GetTimeSpan", "test.conf:1:5: a: expected a duration, got \"10 parsecs\" (unknown unit 'parsecs'; use ns, us, ms, s, m, h, d")]
    [InlineData("a = 10S", "GetTimeSpan", "unknown unit 'S'")]
    [InlineData("a = 99999999999999d", "GetTimeSpan", "(it is out of range)")]
    [InlineData("a = lots", "GetByteSize", "test.conf:1:5: a: expected a size in bytes, got \"lots\"")]
    [InlineData("a = 10 XB", "GetByteSize", "test.conf:1:5: a: expected a size in bytes, got \"10 XB\" (unknown unit 'XB'; use B, kB, KiB")]
    [InlineData("a = -5 MB", "GetByteSize", "(it must not be negative)")]
    [InlineData("a = 9 EiB", "GetByteSize", "(it is out of range)")]
    [InlineData("a = 3000000000", "GetInt", "test.conf:1:5: a: expected an integer, got 3000000000 (it is out of range for a 32-bit integer)")]
    [InlineData("a = 1e30", "GetLong", "expected an integer, got 1e30 (it is out of range for a 64-bit integer)")]
    [InlineData("a = 1.5", "GetInt", "test.conf:1:5: a: expected an integer, got 1.5")]
    [InlineData("a = \"12abc\"", "GetInt", "expected an integer, got \"12abc\"")]
    [InlineData("a = true", "GetDouble", "test.conf:1:5: a: expected a number, got true")]
    [InlineData("a = maybe", "GetBoolean", "test.conf:1:5: a: expected a boolean (true/false, yes/no, on/off), got \"maybe\"")]
    [InlineData("a = 1", "GetBoolean", "expected a boolean")]
    [InlineData("a { b = 1 }", "GetString", "test.conf:1:3: a: expected a string, got an object")]
    [InlineData("a = [1]", "GetString", "test.conf:1:5: a: expected a string, got a list")]
    [InlineData("a = null", "GetString", "test.conf:1:5: a: expected a string, got null")]
    [InlineData("a = text", "GetStringList", "test.conf:1:5: a: expected a list of strings, got \"text\"")]
    [InlineData("a = [x, { b = 1 }]", "GetStringList", "test.conf:1:9: a[1]: expected a string, got an object")]
    [InlineData("a = 5", "GetConfig", "test.conf:1:5: a: expected an object, got 5")]
    public void Wrong_type_reports_file_line_column_and_path(string input, string getter, string says)
    {
        var config = Hocon.Parse(input);
        Action read = getter switch
        {
            "GetTimeSpan" => () => config.GetTimeSpan("a"),
            "GetByteSize" => () => config.GetByteSize("a"),
            "GetInt" => () => config.GetInt("a"),
            "GetLong" => () => config.GetLong("a"),
            "GetDouble" => () => config.GetDouble("a"),
            "GetBoolean" => () => config.GetBoolean("a"),
            "GetString" => () => config.GetString("a"),
            "GetStringList" => () => config.GetStringList("a"),
            _ => () => config.GetConfig("a"),
        };

        var error = Assert.Throws<ConfigurationException>(read);

        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_errors_are_raised_even_when_a_default_is_given()
    {
        var config = Hocon.Parse("a = soon");

        Assert.Throws<ConfigurationException>(() => config.GetTimeSpan("a", TimeSpan.Zero));
    }

    [Fact]
    public void Values_from_the_environment_name_the_variable_as_their_origin()
    {
        var name = Hocon.SetUniqueEnvironmentVariable("soon");

        var error = Assert.Throws<ConfigurationException>(() => Hocon.Parse($"a = ${{{name}}}").GetTimeSpan("a"));

        Assert.StartsWith($"environment variable {name}: a: expected a duration", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData("")]
    [InlineData("a.")]
    [InlineData("a.\"b")]
    [InlineData("a.$b")]
    public void Bad_path_expression_in_a_getter_is_a_configuration_error(string path)
    {
        var config = Hocon.Parse("a = 1");

        var error = Assert.Throws<ConfigurationException>(() => config.GetString(path));

        Assert.Contains("bad path expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void String_list_reads_scalars_as_text()
    {
        Assert.Equal(["a", "1", "true", "two words"], Hocon.Parse("l = [a, 1, true, two words]").GetStringList("l"));
    }

    [Fact]
    public void GetConfig_returns_the_sub_object_or_empty()
    {
        var config = Hocon.Parse("orch { actor { throughput = 5 } }\nnothing = null");

        Assert.Equal(5, config.GetConfig("orch").GetConfig("actor").GetInt("throughput"));
        Assert.Equal(5, config.GetConfig("orch.actor").GetInt("throughput"));
        Assert.True(config.GetConfig("orch.missing").IsEmpty);
        Assert.Same(Config.Empty, config.GetConfig("nothing"));
    }

    [Fact]
    public void HasPath_is_true_only_for_set_values()
    {
        var config = Hocon.Parse("a { b = 1, n = null }\nc = 2");

        Assert.True(config.HasPath("a"));
        Assert.True(config.HasPath("a.b"));
        Assert.False(config.HasPath("a.n"));
        Assert.False(config.HasPath("a.x"));
        Assert.False(config.HasPath("c.d"));
    }

    [Fact]
    public void Keys_and_leaves_enumerate_in_definition_order()
    {
        var config = Hocon.Parse("z = 1\na { y = [1, 2], x { w = 3 }, v = null }\n\"dotted.key\" = 4");

        Assert.Equal(["z", "a", "dotted.key"], config.Keys);
        Assert.Equal(["z", "a.y", "a.x.w", "\"dotted.key\""], config.AsEnumerable().Select(leaf => leaf.Key));
    }

    [Fact]
    public void Empty_configs_say_so()
    {
        Assert.True(Config.Empty.IsEmpty);
        Assert.Empty(Config.Empty.Keys);
        Assert.True(Hocon.Parse("a = ${?ORCH_SURELY_UNSET_4b1d}").IsEmpty);
        Assert.False(Hocon.Parse("a = 1").IsEmpty);
    }
}
