using Orchestrator.Actors.Cluster;
using Orchestrator.Actors.Cluster.Sbr;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Tests.Configuration;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="ClusterSettings"/>: Akka's defaults, overrides, and clear errors for bad values.</summary>
public sealed class ClusterSettingsTests
{
    private static ClusterSettings Parse(string hocon) => new(ConfigurationFactory.ParseString(hocon, "test.conf"));

    private static ConfigurationException Rejects(string hocon) => Assert.Throws<ConfigurationException>(() => Parse(hocon));

    [Fact]
    public void Defaults_are_akkas()
    {
        var settings = new ClusterSettings(Config.Empty);

        Assert.Empty(settings.SeedNodes);
        Assert.Empty(settings.Roles);
        Assert.Equal(1, settings.MinNrOfMembers);
        Assert.Empty(settings.MinNrOfMembersOfRole);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.GossipInterval);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.LeaderActionsInterval);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.UnreachableNodesReaperInterval);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.RetryUnsuccessfulJoinAfter);
        Assert.Null(settings.ShutdownAfterUnsuccessfulJoinSeedNodes);
        Assert.True(settings.RunCoordinatedShutdownWhenDown);
        Assert.Equal(
            new FailureDetectorSettings(TimeSpan.FromSeconds(1), 8.0, 1000, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1), 9),
            settings.FailureDetector);
        Assert.Equal("split-brain-resolver", settings.DowningProvider);
        Assert.Equal("keep-majority", settings.SplitBrainResolver.ActiveStrategy);
        Assert.Equal(TimeSpan.FromSeconds(20), settings.SplitBrainResolver.StableAfter);
        Assert.Equal(TimeSpan.FromSeconds(15), settings.SplitBrainResolver.DownAllWhenUnstable);
        Assert.IsType<KeepMajority>(settings.SplitBrainResolver.CreateStrategy());
        Assert.True(settings.SplitBrainResolver.KeepOldestDownIfAlone);
    }

    [Fact]
    public void Reads_seed_nodes_roles_and_per_role_minimums()
    {
        var settings = Parse("""
            orch.cluster {
              seed-nodes = ["orch://orch@10.0.0.1:2551", "orch://orch@10.0.0.2:2551"]
              roles = [worker]
              min-nr-of-members = 3
              role { seed.min-nr-of-members = 1, worker.min-nr-of-members = 2 }
              shutdown-after-unsuccessful-join-seed-nodes = 30s
            }
            """);

        Assert.Equal([Address.Parse("orch://orch@10.0.0.1:2551"), Address.Parse("orch://orch@10.0.0.2:2551")], settings.SeedNodes.AsEnumerable());
        Assert.Equal(["worker"], settings.Roles);
        Assert.Equal(3, settings.CreateLeaderActions().MinNrOfMembers);
        Assert.Equal(2, settings.MinNrOfMembersOfRole["worker"]);
        Assert.Equal(1, settings.MinNrOfMembersOfRole["seed"]);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.ShutdownAfterUnsuccessfulJoinSeedNodes);
    }

    [Fact]
    public void Builds_the_configured_strategy()
    {
        var quorum = Parse("orch.cluster.split-brain-resolver { active-strategy = static-quorum, static-quorum { quorum-size = 2, role = seed } }");
        var oldest = Parse("orch.cluster.split-brain-resolver { active-strategy = keep-oldest, keep-oldest.down-if-alone = off, stable-after = 2s, down-all-when-unstable = off }");

        var staticQuorum = Assert.IsType<StaticQuorum>(quorum.SplitBrainResolver.CreateStrategy());
        Assert.Equal(2, staticQuorum.QuorumSize);
        Assert.Equal("seed", staticQuorum.Role);
        Assert.False(Assert.IsType<KeepOldest>(oldest.SplitBrainResolver.CreateStrategy()).DownIfAlone);
        Assert.Equal(TimeSpan.Zero, oldest.SplitBrainResolver.DownAllWhenUnstable);
        Assert.Equal(TimeSpan.FromSeconds(4), Parse("orch.cluster.split-brain-resolver.stable-after = 2s").SplitBrainResolver.DownAllWhenUnstable);
        Assert.Equal(TimeSpan.FromSeconds(7), Parse("orch.cluster.split-brain-resolver.down-all-when-unstable = 7s").SplitBrainResolver.DownAllWhenUnstable);
    }

    [Theory]
    [InlineData("orch.cluster.seed-nodes = [\"10.0.0.1:2551\"]", "seed-nodes")]
    [InlineData("orch.cluster.seed-nodes = [\"orch://local\"]", "seed-nodes")]
    [InlineData("orch.cluster.min-nr-of-members = 0", "min-nr-of-members")]
    [InlineData("orch.cluster.gossip-interval = 0s", "gossip-interval")]
    [InlineData("orch.cluster.failure-detector.threshold = -1", "failure-detector.threshold")]
    [InlineData("orch.cluster.failure-detector.monitored-by-nr-of-members = 0", "monitored-by-nr-of-members")]
    [InlineData("orch.cluster.split-brain-resolver.active-strategy = keep-everything", "active-strategy")]
    [InlineData("orch.cluster.split-brain-resolver.active-strategy = static-quorum", "quorum-size")]
    [InlineData("orch.cluster.downing-provider = auto-down", "downing-provider")]
    [InlineData("orch.cluster.role.worker.min-nr-of-memebrs = 2", "role")]
    [InlineData("orch.cluster.role.worker.min-nr-of-members = 0", "min-nr-of-members")]
    [InlineData("orch.cluster.roles = [worker, \"\"]", "roles")]
    public void Rejects_bad_values_naming_the_file_line_and_key(string hocon, string key)
    {
        var error = Rejects(hocon);

        Assert.Contains("test.conf:1", error.Message, StringComparison.Ordinal);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_unknown_keys_and_wrong_types()
    {
        Assert.Contains("gossip-intervall", Rejects("orch.cluster.gossip-intervall = 1s").Message, StringComparison.Ordinal);
        Assert.Contains("failure-detector.threshold", Rejects("orch.cluster.failure-detector.threshold = high").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var error = Rejects("orch.cluster { min-nr-of-members = 0, gossip-interval = 0s }");

        Assert.Equal(2, error.Problems.Count);
    }

    [Theory]
    [InlineData("seed.conf", "seed")]
    [InlineData("worker.conf", "worker")]
    public void The_process_configs_give_each_process_its_role(string file, string role)
    {
        var settings = new ClusterSettings(ConfigurationFactory.ParseFile(Path.Combine(Hocon.RepositoryRoot(), "hocon", file)));

        Assert.Equal([role], settings.Roles);
    }
}
