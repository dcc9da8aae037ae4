namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Creates the actor instance: the first message of every cell.</summary>
internal sealed class Create : SystemMessage
{
}
