namespace Orchestrator.Actors.Remote;

/// <summary>Which traffic a <see cref="FailureInjector"/> rule affects, seen from this system.</summary>
public enum ThrottleDirection
{
    /// <summary>Frames sent to the remote system.</summary>
    Send,

    /// <summary>Frames received from the remote system.</summary>
    Receive,

    /// <summary>Both.</summary>
    Both,
}
