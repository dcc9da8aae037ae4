namespace Orchestrator.Node.Runtime;

/// <summary>The CRI's container states.</summary>
public enum ContainerState
{
    /// <summary>Created, not yet started.</summary>
    Created,

    /// <summary>Started and not yet exited.</summary>
    Running,

    /// <summary>Exited; the status has its exit code and reason.</summary>
    Exited,

    /// <summary>The runtime cannot tell (e.g. its record of the container is damaged).</summary>
    Unknown,
}
