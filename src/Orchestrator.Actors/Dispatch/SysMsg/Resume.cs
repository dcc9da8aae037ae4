namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Resumes processing of user messages; carries the failure when resuming after one.</summary>
internal sealed class Resume(Exception? causedByFailure) : SystemMessage
{
    public Exception? CausedByFailure { get; } = causedByFailure;
}
