using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>Holds the recovery of one entity inside the in-memory journal until released.</summary>
public sealed class RecoveryGate
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _entered;

    private RecoveryGate()
    {
    }

    /// <summary>True once the entity's recovery has reached the journal.</summary>
    public bool Entered => _entered;

    /// <summary>Makes <paramref name="journal"/> hold every read of <paramref name="persistenceId"/> until <see cref="Release"/>.</summary>
    public static RecoveryGate Block(MemoryJournal journal, string persistenceId)
    {
        var gate = new RecoveryGate();
        journal.ReadInterceptor = id => id == persistenceId ? gate.Enter() : Task.CompletedTask;
        return gate;
    }

    /// <summary>Lets the held reads go on.</summary>
    public void Release() => _released.TrySetResult();

    private Task Enter()
    {
        _entered = true;
        return _released.Task;
    }
}
