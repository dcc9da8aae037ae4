using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;
using PersistenceExt = Orchestrator.Actors.Persistence.Persistence;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>The persistence extension: plugins chosen in HOCON, started once per id, checked, and disposed with the system.</summary>
public sealed class PersistenceExtensionTests : PersistenceTestKit
{
    private const string TestJournalClass = "Orchestrator.Actors.Tests.PersistenceSpecs.TestJournal, Orchestrator.Actors.Tests";

    public PersistenceExtensionTests()
        : base($$"""
            orch.persistence.journal {
              other { class = "{{TestJournalClass}}", label = "other" }
              no-class { label = "x" }
              unknown-type { class = "Nowhere.Journal, Nowhere" }
              not-a-journal { class = "System.String" }
              no-constructor { class = "Orchestrator.Actors.Tests.PersistenceSpecs.JournalWithoutPluginConstructor, Orchestrator.Actors.Tests" }
              bad-breaker { class = "{{TestJournalClass}}", circuit-breaker.max-failures = 0 }
              bad-dispatcher { class = "{{TestJournalClass}}", plugin-dispatcher = "no.such.dispatcher" }
            }
            """)
    {
    }

    private PersistenceExt Extension => PersistenceExt.Get(Sys);

    [Fact]
    public void Each_plugin_id_gets_one_plugin_and_one_actor_and_null_means_the_default()
    {
        Assert.Same(Extension.JournalPluginFor(null), Extension.JournalPluginFor("orch.persistence.journal.inmem"));
        Assert.Equal(Extension.JournalFor(null), Extension.JournalFor("orch.persistence.journal.inmem"));
        Assert.IsType<MemoryJournal>(Extension.JournalPluginFor(""));
        Assert.Equal("orch.persistence.journal.inmem", Extension.JournalFor(null).Path.Name);
        Assert.NotEqual(Extension.JournalFor(null), Extension.JournalFor("orch.persistence.journal.other"));
    }

    [Fact]
    public void An_actor_that_names_another_journal_writes_there_and_the_plugin_gets_its_section_over_the_fallback()
    {
        var actor = StartList("elsewhere", journalPluginId: "orch.persistence.journal.other");
        ExpectMsg<ListActor.Recovered>();

        AddAll(actor, "a");

        var other = Assert.IsType<TestJournal>(Extension.JournalPluginFor("orch.persistence.journal.other"));
        Assert.Equal("a", Assert.Single(other.CurrentEvents("elsewhere")).Payload);
        Assert.Empty(Journal.CurrentEvents("elsewhere"));
        Assert.Equal(("other", 10), (other.Label, other.CircuitBreakerMaxFailures));
    }

    [Theory]
    [InlineData("orch.persistence.journal.missing", "orch.persistence.journal.missing: no persistence plugin is configured")]
    [InlineData("orch.persistence.journal.no-class", "orch.persistence.journal.no-class.class is missing")]
    [InlineData("orch.persistence.journal.unknown-type", "orch.persistence.journal.unknown-type.class: the type \"Nowhere.Journal, Nowhere\" was not found")]
    [InlineData("orch.persistence.journal.not-a-journal", "orch.persistence.journal.not-a-journal.class: System.String is not a concrete IJournal")]
    [InlineData("orch.persistence.journal.no-constructor", "has no public constructor (Config, ExtendedActorSystem)")]
    [InlineData("orch.persistence.journal.bad-breaker", "orch.persistence.journal.bad-breaker.circuit-breaker.max-failures must be at least 1")]
    [InlineData("orch.persistence.journal.bad-dispatcher", "orch.persistence.journal.bad-dispatcher.plugin-dispatcher")]
    public void A_plugin_that_cannot_serve_is_a_configuration_error_naming_its_path(string pluginId, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => Extension.JournalFor(pluginId));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_persistent_actor_that_names_a_broken_plugin_fails_to_start()
    {
        var actor = Watch(StartList("broken", journalPluginId: "orch.persistence.journal.unknown-type"));

        ExpectTerminated(actor);
    }

    [Fact]
    public async Task The_plugins_are_disposed_by_the_time_terminate_completes()
    {
        using var system = ActorSystem.Create("disposal", $$"""orch.persistence.journal.plugin = "orch.persistence.journal.test", orch.persistence.journal.test.class = "{{TestJournalClass}}" """);
        var journal = Assert.IsType<TestJournal>(PersistenceExt.Get(system).JournalPluginFor(null));
        Assert.False(journal.Disposed.Task.IsCompleted);

        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(journal.Disposed.Task.IsCompleted);
    }

    [Fact]
    public void Settings_are_checked_when_the_extension_starts()
    {
        using var system = ActorSystem.Create("bad-settings", "orch.persistence.max-concurrent-recoveries = 0");

        var error = Assert.Throws<ConfigurationException>(() => PersistenceExt.Get(system));

        Assert.Contains("orch.persistence.max-concurrent-recoveries must be at least 1", error.Message, StringComparison.Ordinal);
    }
}
