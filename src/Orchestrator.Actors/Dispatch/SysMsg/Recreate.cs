namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Restarts the actor after a failure its supervisor chose to restart.</summary>
internal sealed class Recreate(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}
