namespace Orchestrator.Node.Agent;

/// <summary>The reasons Kubernetes gives for a container's state.</summary>
internal static class Reasons
{
    /// <summary>Waiting: the container is being created.</summary>
    public const string ContainerCreating = "ContainerCreating";

    /// <summary>Waiting: the container exited and waits out its back-off before the restart.</summary>
    public const string CrashLoopBackOff = "CrashLoopBackOff";

    /// <summary>Waiting: the image is not present and is never pulled.</summary>
    public const string ErrImageNeverPull = "ErrImageNeverPull";

    /// <summary>Waiting: the runtime could not inspect the image.</summary>
    public const string ImageInspectError = "ImageInspectError";

    /// <summary>Waiting: the runtime could not create the container.</summary>
    public const string CreateContainerError = "CreateContainerError";

    /// <summary>Waiting: the runtime could not start the container.</summary>
    public const string RunContainerError = "RunContainerError";

    /// <summary>Terminated: exit code 0.</summary>
    public const string Completed = "Completed";

    /// <summary>Terminated: a non-zero exit code.</summary>
    public const string Error = "Error";

    /// <summary>Terminated: the container vanished from the runtime.</summary>
    public const string ContainerStatusUnknown = "ContainerStatusUnknown";
}
