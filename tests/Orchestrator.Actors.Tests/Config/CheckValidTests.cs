using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary><see cref="Config.CheckValid"/>: unknown keys and type mismatches against a reference config.</summary>
public sealed class CheckValidTests
{
    private static readonly Config Reference = ConfigurationFactory.ParseString("""
        orch {
          loglevel = "Information"
          system-name = orchestrator
          actor {
            ask-timeout = 10s
            default-dispatcher { type = "thread-pool", throughput = 30 }
            debug = false
            seed-nodes = []
            frame-size = 128 KiB
            lease = 10m
            extensions = null
            deployment {}
          }
        }
        """, "reference.conf");

    [Fact]
    public void Config_that_matches_the_reference_passes()
    {
        var config = Hocon.Parse("""
            orch.loglevel = Debug
            orch.actor { ask-timeout = 2500, default-dispatcher.throughput = "50", debug = on, seed-nodes = [a, b] }
            orch.actor.frame-size = 1MiB
            orch.actor.lease = 5 minutes
            orch.actor.extensions = [anything, { goes = here }]
            orch.actor.deployment { "/user/a" { router = round-robin } }
            orch.system-name = 42
            """);

        config.CheckValid(Reference);
    }

    [Fact]
    public void Unknown_key_is_reported_with_file_line_and_a_suggestion()
    {
        var config = Hocon.Parse("orch {\n  actor {\n    ask-timout = 5s\n  }\n}");

        var error = Assert.Throws<ConfigurationException>(() => config.CheckValid(Reference, "orch"));

        Assert.Equal(
            "test.conf:3:18: orch.actor.ask-timout: unknown key 'ask-timout' (it is not in the reference configuration; did you mean 'ask-timeout'?)",
            Assert.Single(error.Problems));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_exception()
    {
        var config = Hocon.Parse("""
            orch.actor.ask-timeout = soon
            orch.actor.default-dispatcher = fast
            orch.actor.default-dispatcher-name = x
            orch.actor.debug = maybe
            orch.actor.seed-nodes = a
            orch.actor.frame-size = huge
            orch.actor.default-dispatcher-throughput = { a = 1 }
            orch.loglevel { level = Debug }
            orch.actor.lease = [1]
            """);

        var error = Assert.Throws<ConfigurationException>(() => config.CheckValid(Reference));

        Assert.Equal(
            [
                "test.conf:1:26: orch.actor.ask-timeout: expected a duration (like the default \"10s\"), got \"soon\"",
                "test.conf:2:33: orch.actor.default-dispatcher: expected an object, got \"fast\"",
                "test.conf:3:38: orch.actor.default-dispatcher-name: unknown key 'default-dispatcher-name' (it is not in the reference configuration)",
                "test.conf:4:20: orch.actor.debug: expected a boolean (like the default false), got \"maybe\"",
                "test.conf:5:25: orch.actor.seed-nodes: expected a list, got \"a\"",
                "test.conf:6:25: orch.actor.frame-size: expected a size in bytes (like the default \"128 KiB\"), got \"huge\"",
                "test.conf:7:44: orch.actor.default-dispatcher-throughput: unknown key 'default-dispatcher-throughput' (it is not in the reference configuration)",
                "test.conf:9:20: orch.actor.lease: expected a duration or a size (like the default \"10m\"), got a list",
                "test.conf:8:15: orch.loglevel: expected a string, number or boolean (like the default \"Information\"), got an object",
            ],
            error.Problems);
        Assert.StartsWith("invalid configuration (9 problems):", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_in_the_reference_requires_a_number()
    {
        var error = Assert.Throws<ConfigurationException>(() => Hocon.Parse("orch.actor.default-dispatcher.throughput = lots").CheckValid(Reference));

        Assert.Contains("orch.actor.default-dispatcher.throughput: expected a number (like the default 30), got \"lots\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restricting_to_paths_ignores_everything_else()
    {
        var config = Hocon.Parse("orch.actor.unknown = 1\nother-module { anything = 1 }");

        config.CheckValid(Reference, "orch.loglevel", "orch.missing-here");
        var error = Assert.Throws<ConfigurationException>(() => config.CheckValid(Reference, "orch", "other-module"));

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("test.conf:2:14: other-module: unknown setting (it is not in the reference configuration)", error.Problems);
    }

    [Fact]
    public void A_process_config_layered_over_its_reference_validates()
    {
        var config = Hocon.Parse("orch.loglevel = Warning\norch.actor.ask-timeout = 1s").WithFallback(Reference);

        config.CheckValid(Reference, "orch");
    }
}
