namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// What the process runtime keeps of a container on disk (in the <see cref="ContainerJournal"/>), written once when it is created.
/// Its start and exit are recorded by the shim beside it (<see cref="ContainerFiles.Pid"/>, <see cref="ContainerFiles.Exit"/>),
/// so that they are known even when no agent was running at the time.
/// </summary>
/// <param name="Id">The container's id.</param>
/// <param name="SandboxId">The sandbox it belongs to.</param>
/// <param name="Config">What it was created from, labels included.</param>
/// <param name="Program">The absolute path of the program it runs (the image's, or its command's first word).</param>
/// <param name="Arguments">The program's arguments.</param>
/// <param name="Environment">Its whole environment.</param>
/// <param name="WorkingDirectory">Its working directory on the host.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Cgroup">Its cgroup v2 directory, when it has one.</param>
internal sealed record ContainerRecord(
    string Id,
    string SandboxId,
    ContainerConfig Config,
    string Program,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory,
    DateTimeOffset CreatedAt,
    string? Cgroup);
