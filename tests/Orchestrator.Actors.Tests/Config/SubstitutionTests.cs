using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary><c>${path}</c>, <c>${?path}</c>, environment fallback, self-references and <c>+=</c>.</summary>
public sealed class SubstitutionTests
{
    [Fact]
    public void Substitution_copies_the_value_with_its_type()
    {
        var config = Hocon.Parse("base { port = 80, tls = true, hosts = [a, b] }\nport = ${base.port}\ntls = ${base.tls}\nhosts = ${base.hosts}\ncopy = ${base}");

        Assert.Equal(ConfigValueType.Number, config.GetValue("port")!.ValueType);
        Assert.True(config.GetBoolean("tls"));
        Assert.Equal(["a", "b"], config.GetStringList("hosts"));
        Assert.Equal(80, config.GetInt("copy.port"));
    }

    [Fact]
    public void Substitution_sees_the_final_value_even_when_it_is_defined_later()
    {
        var config = Hocon.Parse("a = ${b}\nb = 1\nc = ${b}\nb = 2");

        Assert.Equal(2, config.GetInt("a"));
        Assert.Equal(2, config.GetInt("c"));
    }

    [Fact]
    public void Substitutions_concatenate_into_strings()
    {
        var config = Hocon.Parse("base = /opt/orch\nport = 8080\nbin = ${base}/bin\nurl = \"http://host:\"${port}\"/api\"\nsentence = ${base} is home");

        Assert.Equal("/opt/orch/bin", config.GetString("bin"));
        Assert.Equal("http://host:8080/api", config.GetString("url"));
        Assert.Equal("/opt/orch is home", config.GetString("sentence"));
    }

    [Fact]
    public void Substituted_object_merges_with_a_following_object()
    {
        var config = Hocon.Parse("defaults { type = thread-pool, throughput = 30 }\nfast = ${defaults} { throughput = 100 }");

        Assert.Equal("thread-pool", config.GetString("fast.type"));
        Assert.Equal(100, config.GetInt("fast.throughput"));
        Assert.Equal(30, config.GetInt("defaults.throughput"));
    }

    [Fact]
    public void Substituted_list_concatenates_with_a_following_list()
    {
        var config = Hocon.Parse("a = [1, 2]\nb = ${a} [3]\nc = [0] ${a}");

        Assert.Equal(["1", "2", "3"], config.GetStringList("b"));
        Assert.Equal(["0", "1", "2"], config.GetStringList("c"));
    }

    [Fact]
    public void Object_may_refer_to_its_own_fields()
    {
        var config = Hocon.Parse("bar { foo = 42, baz = ${bar.foo} }");

        Assert.Equal(42, config.GetInt("bar.baz"));
    }

    [Fact]
    public void Substitution_may_walk_through_another_substitution()
    {
        var config = Hocon.Parse("a = ${b}\nb { c { d = deep } }\ne = ${a.c.d}");

        Assert.Equal("deep", config.GetString("e"));
    }

    [Fact]
    public void Quoted_path_elements_in_substitutions_may_contain_dots()
    {
        var config = Hocon.Parse("\"a.b\" { c = 1 }\nd = ${\"a.b\".c}");

        Assert.Equal(1, config.GetInt("d"));
    }

    [Fact]
    public void Optional_substitution_falls_back_to_the_environment_variable()
    {
        var name = Hocon.SetUniqueEnvironmentVariable("Debug");

        var config = Hocon.Parse($"loglevel = Information\nloglevel = ${{?{name}}}");

        Assert.Equal("Debug", config.GetString("loglevel"));
    }

    [Fact]
    public void Optional_substitution_of_an_absent_variable_leaves_the_field_as_it_was()
    {
        var config = Hocon.Parse("loglevel = Information\nloglevel = ${?ORCH_SURELY_UNSET_4b1d}\nunset = ${?ORCH_SURELY_UNSET_4b1d}");

        Assert.Equal("Information", config.GetString("loglevel"));
        Assert.False(config.HasPath("unset"));
        Assert.Null(config.GetValue("unset"));
        Assert.Equal(["loglevel"], config.Keys);
    }

    [Fact]
    public void Required_substitution_also_falls_back_to_the_environment()
    {
        var name = Hocon.SetUniqueEnvironmentVariable("/home/orch");

        Assert.Equal("/home/orch/data", Hocon.Parse($"dir = ${{{name}}}/data").GetString("dir"));
    }

    [Fact]
    public void A_setting_wins_over_an_environment_variable_of_the_same_name_and_null_blocks_the_environment()
    {
        var name = Hocon.SetUniqueEnvironmentVariable("from-environment");

        var config = Hocon.Parse($"{name} = from-config\na = ${{{name}}}\nb {{ n = null }}\nc = ${{?b.n}}");

        Assert.Equal("from-config", config.GetString("a"));
        Assert.Equal(ConfigValueType.Null, config.GetValue("c")!.ValueType);
    }

    [Fact]
    public void Null_substituted_into_a_string_reads_as_empty()
    {
        var config = Hocon.Parse("n = null\ns = x${n}y\nliteral = x null");

        Assert.Equal("xy", config.GetString("s"));
        Assert.Equal("x null", config.GetString("literal"));
    }

    [Fact]
    public void Optional_substitution_inside_a_list_drops_the_element()
    {
        Assert.Equal(["1", "2"], Hocon.Parse("l = [1, ${?ORCH_SURELY_UNSET_4b1d}, 2]").GetStringList("l"));
    }

    [Fact]
    public void Reference_default_may_refer_to_a_value_the_process_config_sets()
    {
        var user = Hocon.Parse("orch.system-name = prod");
        var reference = Hocon.Parse("orch { system-name = orchestrator, journal-table = ${orch.system-name}_journal }");

        Assert.Equal("prod_journal", user.WithFallback(reference).GetString("orch.journal-table"));
        Assert.Equal("orchestrator_journal", reference.GetString("orch.journal-table"));
    }

    [Fact]
    public void User_object_overrides_fields_of_a_substituted_reference_object()
    {
        var user = Hocon.Parse("orch.fast-dispatcher.throughput = 10");
        var reference = Hocon.Parse("orch { default-dispatcher { type = thread-pool, throughput = 30 }\nfast-dispatcher = ${orch.default-dispatcher} { throughput = 100 } }");

        var merged = user.WithFallback(reference);

        Assert.Equal(10, merged.GetInt("orch.fast-dispatcher.throughput"));
        Assert.Equal("thread-pool", merged.GetString("orch.fast-dispatcher.type"));
    }

    [Fact]
    public void Resolution_is_lazy_and_its_failure_repeats_on_every_read()
    {
        var config = Hocon.Parse("a = ${missing}");

        var first = Assert.Throws<ConfigurationException>(() => config.GetString("a"));
        var second = Assert.Throws<ConfigurationException>(() => config.HasPath("a"));

        Assert.Equal(first.Message, second.Message);
        Assert.Equal("x", config.WithFallback(Hocon.Parse("missing = x")).GetString("a"));
    }

    [Fact]
    public void Concurrent_first_reads_resolve_once_and_agree()
    {
        var config = Hocon.Parse(string.Join('\n', Enumerable.Range(0, 200).Select(i => $"k{i} = ${{base}}-{i}")) + "\nbase = v");

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = config.GetString($"k{i % 200}"));

        Assert.All(results.Select((value, i) => (value, i)), pair => Assert.Equal($"v-{pair.i % 200}", pair.value));
        Assert.Same(config.Root, config.Root);
    }
}
