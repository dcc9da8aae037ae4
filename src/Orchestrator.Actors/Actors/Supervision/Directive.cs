namespace Orchestrator.Actors;

/// <summary>What a supervisor does with a failed child.</summary>
public enum Directive
{
    /// <summary>Keep the instance and its state; continue with the next message.</summary>
    Resume,

    /// <summary>Replace the instance with a fresh one; the mailbox is kept.</summary>
    Restart,

    /// <summary>Fail the supervisor itself with the same exception.</summary>
    Escalate,

    /// <summary>Stop the child.</summary>
    Stop,
}
