namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>The calls of the hollow runtime a test can make fail (<see cref="HollowRuntime.InjectFault"/>).</summary>
public enum HollowOperation
{
    /// <summary><see cref="IContainerRuntime.EnsureImageAsync"/>.</summary>
    EnsureImage,

    /// <summary><see cref="IContainerRuntime.RunPodSandboxAsync"/>.</summary>
    RunPodSandbox,

    /// <summary><see cref="IContainerRuntime.ListPodSandboxesAsync"/>.</summary>
    ListPodSandboxes,

    /// <summary><see cref="IContainerRuntime.CreateContainerAsync"/>.</summary>
    CreateContainer,

    /// <summary><see cref="IContainerRuntime.StartContainerAsync"/>.</summary>
    StartContainer,

    /// <summary><see cref="IContainerRuntime.StopContainerAsync"/>.</summary>
    StopContainer,

    /// <summary><see cref="IContainerRuntime.RemoveContainerAsync"/>.</summary>
    RemoveContainer,

    /// <summary><see cref="IContainerRuntime.ListContainersAsync"/>.</summary>
    ListContainers,

    /// <summary><see cref="IContainerRuntime.WaitContainerAsync"/>.</summary>
    WaitContainer,
}
