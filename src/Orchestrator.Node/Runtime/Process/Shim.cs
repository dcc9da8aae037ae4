using System.Globalization;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// The shim of a container (containerd-shim's and conmon's job, in a dozen lines of POSIX shell): started in a
/// process group of its own (<see cref="PosixSpawn"/>), it starts the container's program in a session of its
/// own (so the container is a process group that can be signalled as a whole without hitting the shim, and
/// that no terminal reaches), reports both pids, waits, kills what is left of the group (as the end of a pid
/// namespace would), and records the exit code. It stays the container's parent when the agent dies, so the
/// exit code of a container that exits while no agent runs is still recorded, and the next agent reads it. It
/// reports pids only (<see cref="ShimStart"/>): the runtime reads their start times, a read a shell can only make a
/// byte at a time.
/// </summary>
/// <remarks>
/// Its arguments: the container's directory, the setsid program, the memory limit in KiB for RLIMIT_DATA
/// ("-" for none), the cgroup directory to join ("-" for none), then the program and its arguments. Its
/// descriptors 3 and 4 are the write ends of the pipes the container's stdout and stderr go to, which it hands
/// to the container; 5 and 6 are their read ends (<see cref="StdoutReadFd"/>), which it holds until it ends, so
/// that the container never gets SIGPIPE while no agent reads, and a restarted agent reads them through
/// /proc/&lt;shim&gt;/fd. Cost: one spawn of the shell, then, off the caller's path, a fork and a setsid exec before
/// the program's own exec; measured by the container-start benchmark.
/// </remarks>
internal static class Shim
{
    /// <summary>The shim's <c>$0</c>, followed in its arguments by the container's directory.</summary>
    public const string Name = "orch-shim";

    /// <summary>The shim's descriptor holding the read end of the container's stdout pipe.</summary>
    public const int StdoutReadFd = 5;

    /// <summary>The shim's descriptor holding the read end of the container's stderr pipe.</summary>
    public const int StderrReadFd = 6;

    /// <summary>The shim script; <c>$0</c> is <see cref="Name"/>.</summary>
    public const string Script = """
        d=$1 setsid=$2 mem=$3 cg=$4
        shift 4
        if [ "$cg" != - ]; then echo $$ > "$cg/cgroup.procs" || exit 125; fi
        if [ "$mem" != - ]; then ulimit -d "$mem" || exit 125; fi
        "$setsid" "$@" >&3 2>&4 3>&- 4>&- 5<&- 6<&- &
        pid=$!
        exec 3>&- 4>&-
        echo "$$ $pid" > "$d/pid"
        echo "$$ $pid"
        exec >/dev/null 2>&1
        wait $pid
        code=$?
        kill -s KILL -- -$pid
        echo $code > "$d/exit"
        """;

    /// <summary>
    /// Spawns the shim of a container, in a process group of its own; it starts the container at once. The shim is a
    /// child of this process until this process dies (<see cref="Reap"/> it once it has ended); its report
    /// follows on its output (<see cref="ReadReportAsync"/>). <paramref name="output"/> holds the container's output pipes.
    /// </summary>
    public static (int Pid, ShimReport Report) Spawn(
        ProcessSettings settings, string setsid, ContainerRecord record, ContainerFiles files, long? memoryLimitKib, ContainerLogWriter output, EpollLoop loop)
    {
        List<string> argv =
        [
            settings.Shell, "-c", Script, Name, files.Directory, setsid,
            memoryLimitKib?.ToString(CultureInfo.InvariantCulture) ?? "-", record.Cgroup ?? "-", record.Program, .. record.Arguments,
        ];
        var (pid, report) = PosixSpawn.Start(argv, record.Environment, record.WorkingDirectory, output.ShimDescriptors);
        return (pid, ShimReport.Read(loop, report));
    }

    /// <summary>The shim's report; when it has none (it failed before starting the container), sets the container's start error.</summary>
    public static async Task<ShimStart?> ReadReportAsync(ShimReport report, ProcessContainer container)
    {
        var text = await report.Text;
        var line = text.Split('\n', 2)[0];
        var shimStartTime = container.ShimIdentity!.Value.StartTime;
        if (ShimStart.Parse(line, new DateTimeOffset(File.GetLastWriteTimeUtc(container.Files.Pid)), _ => shimStartTime) is { } started)
        {
            return started;
        }

        container.StartError = $"The shim could not start the container: {text}".Trim();
        return null;
    }

    /// <summary>Whether <paramref name="pid"/> runs the shim of the container in <paramref name="files"/>: its arguments name that directory.</summary>
    public static bool Runs(int pid, ContainerFiles files)
    {
        try
        {
            var arguments = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cmdline").Split('\0');
            var name = Array.IndexOf(arguments, Name);
            return name >= 0 && name + 1 < arguments.Length
                && string.Equals(Path.GetFileName(arguments[name + 1]), Path.GetFileName(files.Directory), StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reaps a shim this process spawned, once it has ended; its exit code, or null when it was not ours to reap.</summary>
    public static int? Reap(int pid) =>
        Libc.waitpid(pid, out var status, Libc.WNOHANG) == pid ? PosixSpawn.ExitCode(status) : null;
}
