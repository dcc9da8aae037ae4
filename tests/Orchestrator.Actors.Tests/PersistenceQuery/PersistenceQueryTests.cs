using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Query;
using QueryExtension = Orchestrator.Actors.Persistence.Query.PersistenceQuery;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>Finding and making read journal plugins, and what is wrong with a bad one.</summary>
public sealed class PersistenceQueryTests
{
    [Fact]
    public void The_in_memory_read_journal_is_configured_by_default()
    {
        using var system = ActorSystem.Create("queries");

        var journal = QueryExtension.Get(system).ReadJournalFor<MemoryReadJournal>(MemoryReadJournal.Identifier);

        Assert.Equal(Timeout.InfiniteTimeSpan, journal.Settings.RefreshInterval);
        Assert.Equal(500, journal.Settings.MaxBufferSize);
        Assert.Equal("orch.persistence.journal.inmem", journal.Settings.WritePlugin);
    }

    [Fact]
    public void A_missing_section_is_a_configuration_error_naming_it()
    {
        using var system = ActorSystem.Create("queries");

        var error = Assert.Throws<ConfigurationException>(() => ReadJournal<IReadJournal>(system, "orch.persistence.query.nowhere"));

        Assert.Contains("orch.persistence.query.nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_that_is_not_a_read_journal_is_a_configuration_error()
    {
        using var system = ActorSystem.Create("queries", """
            orch.persistence.query.wrong.class = "Orchestrator.Actors.Persistence.Journal.MemoryJournal, Orchestrator.Actors"
            """);

        var error = Assert.Throws<ConfigurationException>(() => ReadJournal<IReadJournal>(system, "orch.persistence.query.wrong"));

        Assert.Contains("orch.persistence.query.wrong.class", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(IReadJournal), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_a_query_the_plugin_does_not_offer_is_a_configuration_error()
    {
        using var system = ActorSystem.Create("queries");

        var error = Assert.Throws<ConfigurationException>(() => ReadJournal<IUnsupportedQuery>(system, MemoryReadJournal.Identifier));

        Assert.Contains(nameof(IUnsupportedQuery), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("refresh-interval = 0s", "refresh-interval")]
    [InlineData("max-buffer-size = 0", "max-buffer-size")]
    [InlineData("write-plugin = \"orch.persistence.journal.nowhere\"", "orch.persistence.journal.nowhere")]
    public void Bad_settings_are_configuration_errors_naming_the_setting(string setting, string named)
    {
        using var system = ActorSystem.Create("queries", $"{MemoryReadJournal.Identifier}.{setting}");

        var error = Assert.Throws<ConfigurationException>(() => ReadJournal<IReadJournal>(system, MemoryReadJournal.Identifier));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static T ReadJournal<T>(ActorSystem system, string id)
        where T : IReadJournal => QueryExtension.Get(system).ReadJournalFor<T>(id);

    /// <summary>A query interface no plugin implements.</summary>
    public interface IUnsupportedQuery : IReadJournal;
}
