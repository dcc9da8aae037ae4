namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Marks the end of a closed mailbox's system queue; never processed.</summary>
internal sealed class NoMessage : SystemMessage
{
    public static readonly NoMessage Instance = new();
}
