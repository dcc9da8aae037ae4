using System.Runtime.InteropServices;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// Starts a process in a process group of its own with posix_spawn (POSIX_SPAWN_SETPGROUP), with every signal
/// at its default and none blocked (the .NET runtime ignores SIGPIPE, which a child must not inherit), stdin
/// from /dev/null, stdout and stderr into a pipe, and the pipes it is given from descriptor 3 on. One vfork and
/// one exec, on the path of every container start. A group, not a session: signals meant for the agent's group
/// (a terminal's Ctrl-C, a kill of the group) do not reach it, and it costs no scheduler autogroup (a new
/// session does: up to milliseconds).
/// </summary>
internal static class PosixSpawn
{
    /// <summary>Large enough for glibc's and musl's posix_spawnattr_t, posix_spawn_file_actions_t and sigset_t.</summary>
    private const int OpaqueSize = 1024;

    /// <summary>The lowest descriptor <see cref="Pipe"/> returns: above those a child is given by <see cref="Start"/>.</summary>
    private const int LowestPipeFd = 10;

    /// <summary>
    /// Spawns <paramref name="argv"/> (argv[0] is the program's absolute path), with the <paramref name="inherited"/>
    /// pipe ends (from <see cref="Pipe"/>) as its descriptors 3, 4 and on; returns its pid and the read end of its
    /// output, non-blocking.
    /// </summary>
    public static (int Pid, int Output) Start(
        IReadOnlyList<string> argv, IReadOnlyDictionary<string, string> environment, string workingDirectory, IReadOnlyList<int> inherited)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(inherited.Count, LowestPipeFd - 3);
        var (output, input) = Pipe();
        var attributes = Marshal.AllocHGlobal(OpaqueSize);
        var actions = Marshal.AllocHGlobal(OpaqueSize);
        var signals = Marshal.AllocHGlobal(OpaqueSize);
        var strings = new List<IntPtr>();
        try
        {
            Libc.posix_spawnattr_init(attributes);
            Libc.posix_spawn_file_actions_init(actions);
            Libc.posix_spawnattr_setflags(attributes, Libc.POSIX_SPAWN_SETPGROUP | Libc.POSIX_SPAWN_SETSIGDEF | Libc.POSIX_SPAWN_SETSIGMASK);
            Libc.posix_spawnattr_setpgroup(attributes, 0);
            Libc.sigfillset(signals);
            Libc.posix_spawnattr_setsigdefault(attributes, signals);
            Libc.sigemptyset(signals);
            Libc.posix_spawnattr_setsigmask(attributes, signals);
            Libc.posix_spawn_file_actions_addopen(actions, 0, Libc.Path("/dev/null"), 0, 0);
            Libc.posix_spawn_file_actions_adddup2(actions, input, 1);
            Libc.posix_spawn_file_actions_adddup2(actions, input, 2);
            for (var i = 0; i < inherited.Count; i++)
            {
                Libc.posix_spawn_file_actions_adddup2(actions, inherited[i], 3 + i);
            }

            Libc.posix_spawn_file_actions_addchdir_np(actions, Libc.Path(workingDirectory));

            var error = Libc.posix_spawn(
                out var pid, Libc.Path(argv[0]), actions, attributes, Strings(argv, strings), Strings(environment.Select(e => $"{e.Key}={e.Value}"), strings));
            if (error != 0)
            {
                Libc.close(output);
                throw Failed($"posix_spawn {argv[0]}", error);
            }

            return (pid, output);
        }
        finally
        {
            Libc.close(input);
            Libc.posix_spawn_file_actions_destroy(actions);
            Libc.posix_spawnattr_destroy(attributes);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attributes);
            Marshal.FreeHGlobal(signals);
            strings.ForEach(Marshal.FreeCoTaskMem);
        }
    }

    /// <summary>
    /// A pipe: its read end non-blocking (for the <see cref="EpollLoop"/>), its write end blocking (for a child's
    /// output), both close-on-exec (a child gets them through <see cref="Start"/>) and numbered from
    /// <see cref="LowestPipeFd"/> up, so that the dup2s of <see cref="Start"/> never overwrite one another.
    /// </summary>
    public static (int Read, int Write) Pipe()
    {
        var pipe = new int[2];
        if (Libc.pipe2(pipe, Libc.O_CLOEXEC) != 0)
        {
            throw Failed("pipe2", Libc.Errno);
        }

        try
        {
            pipe[0] = Above(pipe[0]);
            pipe[1] = Above(pipe[1]);
            return Libc.fcntl(pipe[0], Libc.F_SETFL, Libc.O_NONBLOCK) == 0 ? (pipe[0], pipe[1]) : throw Failed("fcntl F_SETFL", Libc.Errno);
        }
        catch
        {
            Array.ForEach(pipe, fd => Libc.close(fd));
            throw;
        }
    }

    /// <summary>The exit code a wait status says: the code, or 128 + the signal that killed it.</summary>
    public static int ExitCode(int status) => (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);

    /// <summary>The descriptor itself when it is numbered from <see cref="LowestPipeFd"/> up, else (closing it) a duplicate that is.</summary>
    private static int Above(int fd)
    {
        if (fd >= LowestPipeFd)
        {
            return fd;
        }

        var duplicate = Libc.fcntl(fd, Libc.F_DUPFD_CLOEXEC, LowestPipeFd);
        var errno = Libc.Errno;
        if (duplicate < 0)
        {
            throw Failed("fcntl F_DUPFD_CLOEXEC", errno);
        }

        Libc.close(fd);
        return duplicate;
    }

    private static IntPtr[] Strings(IEnumerable<string> values, List<IntPtr> allocated)
    {
        var pointers = values.Select(Marshal.StringToCoTaskMemUTF8).ToList();
        allocated.AddRange(pointers);
        pointers.Add(IntPtr.Zero);
        return [.. pointers];
    }

    private static ContainerRuntimeException Failed(string call, int errno) =>
        new(ContainerRuntimeErrorKind.StartFailed, $"{call} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
}
