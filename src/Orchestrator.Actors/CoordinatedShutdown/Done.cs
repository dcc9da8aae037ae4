namespace Orchestrator.Actors;

/// <summary>
/// The result of an operation that completes with nothing to say but "finished", as Akka's
/// <c>Done</c>: coordinated shutdown tasks return <c>Task&lt;Done&gt;</c>.
/// </summary>
public sealed record Done
{
    private Done()
    {
    }

    /// <summary>The only instance.</summary>
    public static Done Instance { get; } = new();

    /// <summary>A completed task holding <see cref="Instance"/>, for synchronous shutdown tasks.</summary>
    public static Task<Done> CompletedTask { get; } = Task.FromResult(Instance);
}
