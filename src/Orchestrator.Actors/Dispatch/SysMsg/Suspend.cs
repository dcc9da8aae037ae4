namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Stops processing of user messages until a matching Resume.</summary>
internal sealed class Suspend : SystemMessage
{
}
