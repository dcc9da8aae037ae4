using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>Holds the writes of one entity inside the in-memory journal until released.</summary>
public sealed class WriteGate
{
    private readonly TaskCompletionSource<WriteResult?> _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _entered;

    private WriteGate()
    {
    }

    /// <summary>True once a write of the entity has reached the journal.</summary>
    public bool Entered => _entered;

    /// <summary>Makes <paramref name="journal"/> hold every write of <paramref name="persistenceId"/> until <see cref="Release"/>; others go through.</summary>
    public static WriteGate Hold(MemoryJournal journal, string persistenceId)
    {
        var gate = new WriteGate();
        journal.WriteInterceptor = write => write.PersistenceId == persistenceId ? gate.Enter() : Task.FromResult<WriteResult?>(null);
        return gate;
    }

    /// <summary>Lets the held writes be stored.</summary>
    public void Release() => _released.TrySetResult(null);

    private Task<WriteResult?> Enter()
    {
        _entered = true;
        return _released.Task;
    }
}
