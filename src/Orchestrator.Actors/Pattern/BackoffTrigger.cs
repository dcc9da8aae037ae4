namespace Orchestrator.Actors.Pattern;

/// <summary>What makes a <see cref="BackoffSupervisor"/> start its child again after a back-off.</summary>
internal enum BackoffTrigger
{
    /// <summary>The child failed with an exception that its strategy would restart it for.</summary>
    OnFailure,

    /// <summary>The child stopped, for any reason.</summary>
    OnStop,
}
