namespace Orchestrator.Actors;

/// <summary>The names of the phases in the reference configuration, in the order they run.</summary>
public sealed partial class CoordinatedShutdown
{
    /// <summary>The first phase: for custom application tasks that must run before anything else.</summary>
    public const string PhaseBeforeServiceUnbind = "before-service-unbind";

    /// <summary>Stop accepting new incoming connections (unbind the HTTP endpoint, say).</summary>
    public const string PhaseServiceUnbind = "service-unbind";

    /// <summary>Wait for requests that are in progress to be completed.</summary>
    public const string PhaseServiceRequestsDone = "service-requests-done";

    /// <summary>Final shutdown of service endpoints.</summary>
    public const string PhaseServiceStop = "service-stop";

    /// <summary>For custom application tasks that must run before the cluster shuts down.</summary>
    public const string PhaseBeforeClusterShutdown = "before-cluster-shutdown";

    /// <summary>Graceful shutdown of the cluster sharding regions of this member.</summary>
    public const string PhaseClusterShardingShutdownRegion = "cluster-sharding-shutdown-region";

    /// <summary>Emit the leave command for this member.</summary>
    public const string PhaseClusterLeave = "cluster-leave";

    /// <summary>Shutdown of cluster singletons; runs while this member is exiting.</summary>
    public const string PhaseClusterExiting = "cluster-exiting";

    /// <summary>Wait until the exiting has been completed.</summary>
    public const string PhaseClusterExitingDone = "cluster-exiting-done";

    /// <summary>Shutdown of the cluster extension.</summary>
    public const string PhaseClusterShutdown = "cluster-shutdown";

    /// <summary>For custom application tasks that must run before the actor system terminates.</summary>
    public const string PhaseBeforeActorSystemTerminate = "before-actor-system-terminate";

    /// <summary>The last phase: the actor system terminates (when <c>terminate-actor-system = on</c>).</summary>
    public const string PhaseActorSystemTerminate = "actor-system-terminate";
}
