using System.Runtime.InteropServices;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// Starts a process in a process group of its own with posix_spawn (POSIX_SPAWN_SETPGROUP), with every signal
/// at its default and none blocked (the .NET runtime ignores SIGPIPE, which a child must not inherit), stdin
/// from /dev/null and stdout and stderr into a pipe. One vfork and one exec, on the path of every container
/// start. A group, not a session: signals meant for the agent's group (a terminal's Ctrl-C, a kill of the
/// group) do not reach it, and it costs no scheduler autogroup (a new session does: up to milliseconds).
/// </summary>
internal static class PosixSpawn
{
    /// <summary>Large enough for glibc's and musl's posix_spawnattr_t, posix_spawn_file_actions_t and sigset_t.</summary>
    private const int OpaqueSize = 1024;

    /// <summary>Spawns <paramref name="argv"/> (argv[0] is the program's absolute path); returns its pid and the read end of its output, non-blocking.</summary>
    public static (int Pid, int Output) Start(IReadOnlyList<string> argv, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var pipe = new int[2];
        if (Libc.pipe2(pipe, Libc.O_CLOEXEC) != 0)
        {
            throw Failed("pipe2", Libc.Errno);
        }

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
            Libc.posix_spawn_file_actions_adddup2(actions, pipe[1], 1);
            Libc.posix_spawn_file_actions_adddup2(actions, pipe[1], 2);
            Libc.posix_spawn_file_actions_addchdir_np(actions, Libc.Path(workingDirectory));

            var error = Libc.posix_spawn(
                out var pid, Libc.Path(argv[0]), actions, attributes, Strings(argv, strings), Strings(environment.Select(e => $"{e.Key}={e.Value}"), strings));
            if (error != 0)
            {
                Libc.close(pipe[0]);
                throw Failed($"posix_spawn {argv[0]}", error);
            }

            Libc.fcntl(pipe[0], Libc.F_SETFL, Libc.fcntl(pipe[0], Libc.F_GETFL, 0) | Libc.O_NONBLOCK);
            return (pid, pipe[0]);
        }
        finally
        {
            Libc.close(pipe[1]);
            Libc.posix_spawn_file_actions_destroy(actions);
            Libc.posix_spawnattr_destroy(attributes);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attributes);
            Marshal.FreeHGlobal(signals);
            strings.ForEach(Marshal.FreeCoTaskMem);
        }
    }

    /// <summary>The exit code a wait status says: the code, or 128 + the signal that killed it.</summary>
    public static int ExitCode(int status) => (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);

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
