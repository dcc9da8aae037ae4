using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>A journal plugin defined outside the runtime: an in-memory journal that records its setting and its disposal.</summary>
public sealed class TestJournal : IJournal
{
    private readonly MemoryJournal _inner;

    public TestJournal(Config config, ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(config);
        _inner = new MemoryJournal(config, system);
        Label = config.GetString("label", "");
        CircuitBreakerMaxFailures = config.GetInt("circuit-breaker.max-failures");
    }

    /// <summary>The plugin's own <c>label</c> setting.</summary>
    public string Label { get; }

    /// <summary>A setting the plugin inherits from <c>orch.persistence.journal-plugin-fallback</c>.</summary>
    public int CircuitBreakerMaxFailures { get; }

    /// <summary>Completes when the runtime disposes the plugin.</summary>
    public TaskCompletionSource Disposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<IReadOnlyList<WriteResult>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken) =>
        _inner.WriteMessagesAsync(writes, cancellationToken);

    public Task ReplayMessagesAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<PersistentRepresentation> recoveryCallback, CancellationToken cancellationToken) =>
        _inner.ReplayMessagesAsync(persistenceId, fromSequenceNr, toSequenceNr, max, recoveryCallback, cancellationToken);

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken) =>
        _inner.ReadHighestSequenceNrAsync(persistenceId, fromSequenceNr, cancellationToken);

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        _inner.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync();
        Disposed.TrySetResult();
    }

    /// <summary>The persistent representation stored for <paramref name="persistenceId"/>.</summary>
    public IReadOnlyList<PersistentRepresentation> CurrentEvents(string persistenceId) => _inner.CurrentEvents(persistenceId);
}
