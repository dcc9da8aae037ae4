namespace Orchestrator.Actors;

/// <summary>An actor that can set messages aside and take them back later. The runtime sets <see cref="Stash"/> after construction.</summary>
public interface IWithUnboundedStash
{
    /// <summary>The actor's stash.</summary>
    IStash Stash { get; set; }
}
