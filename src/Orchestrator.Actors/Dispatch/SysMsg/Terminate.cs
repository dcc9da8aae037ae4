namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Stops the actor: its children first, then PostStop, then the watchers are told.</summary>
internal sealed class Terminate : SystemMessage
{
}
