namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// The files of one container, in its directory under <c>root-dir/containers</c>: what the shim writes (pid,
/// exit), its CRI log files and its root directory.
/// </summary>
internal readonly record struct ContainerFiles(string Directory)
{
    /// <summary>The container's <see cref="ContainerRecord"/>, where earlier versions wrote it (now in the <see cref="ContainerJournal"/>).</summary>
    public string Record => Path.Combine(Directory, "container.json");

    /// <summary>The FIFO its stdout went to when an earlier version started it (now a pipe the shim holds).</summary>
    public string Stdout => Path.Combine(Directory, "stdout");

    /// <summary>The FIFO its stderr went to when an earlier version started it (now a pipe the shim holds).</summary>
    public string Stderr => Path.Combine(Directory, "stderr");

    /// <summary>Written by the shim once the container runs: "shim-pid shim-start pid start" (start times in clock ticks after boot).</summary>
    public string Pid => Path.Combine(Directory, "pid");

    /// <summary>Written by the shim when the container has exited: its exit code (128 + n when killed by signal n).</summary>
    public string Exit => Path.Combine(Directory, "exit");

    /// <summary>The CRI log file being written; rotated ones are <c>container.log.1</c> (newest) and up.</summary>
    public string Log => Path.Combine(Directory, "container.log");

    /// <summary>The container's root directory: its default working directory, where its mounts appear.</summary>
    public string RootFs => Path.Combine(Directory, "rootfs");

    /// <summary>The <paramref name="generation"/>th rotated log file (1 is the newest).</summary>
    public string RotatedLog(int generation) => $"{Log}.{generation}";
}
