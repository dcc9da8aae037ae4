using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>The runtime's view of a reference: system messages and lifecycle control.</summary>
internal interface IInternalActorRef : IActorRef
{
    /// <summary>True once the actor behind the reference has stopped for good.</summary>
    bool IsTerminated { get; }

    /// <summary>Delivers a system message; a dead actor handles it as dead letters do.</summary>
    void SendSystemMessage(SystemMessage message);

    /// <summary>Stops the actor asynchronously.</summary>
    void Stop();

    /// <summary>Looks up a descendant by path elements, or null.</summary>
    IInternalActorRef? GetChild(IEnumerable<string> names);
}
