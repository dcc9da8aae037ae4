namespace Orchestrator.Node.Runtime;

/// <summary>What went wrong in a runtime call; the node agent maps these to container reasons.</summary>
public enum ContainerRuntimeErrorKind
{
    /// <summary>The image is not present and there is no registry to pull it from (ErrImageNeverPull).</summary>
    ImageNotPresent,

    /// <summary>No sandbox or container has the given id.</summary>
    NotFound,

    /// <summary>The request is invalid for the object's state (e.g. starting a running container).</summary>
    InvalidState,

    /// <summary>The container could not be created or started (CreateContainerError / RunContainerError).</summary>
    StartFailed,

    /// <summary>The runtime does not answer (engine down, socket missing).</summary>
    Unavailable,

    /// <summary>Any other failure the runtime reported.</summary>
    Failed,
}
