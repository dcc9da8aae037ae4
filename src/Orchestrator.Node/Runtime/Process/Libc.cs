using System.Runtime.InteropServices;
using System.Text;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// The few libc calls the process runtime needs that .NET does not expose: signals to process groups, pipes,
/// epoll, eventfd and pidfd. Paths are passed as NUL-terminated UTF-8 bytes (see <see cref="Path"/>).
/// </summary>
internal static class Libc
{
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    public const int EINTR = 4;
    public const int ESRCH = 3;
    public const int EAGAIN = 11;
    public const int EEXIST = 17;
    public const int ENOSYS = 38;

    public const int O_RDWR = 0x2;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;

    public const int EPOLL_CLOEXEC = 0x80000;
    public const int EPOLL_CTL_ADD = 1;
    public const int EPOLL_CTL_DEL = 2;
    public const uint EPOLLIN = 0x1;

    public const int F_GETFL = 3;
    public const int F_SETFL = 4;
    public const int F_DUPFD_CLOEXEC = 1030;
    public const int WNOHANG = 1;

    public const short POSIX_SPAWN_SETPGROUP = 0x02;
    public const short POSIX_SPAWN_SETSIGDEF = 0x04;
    public const short POSIX_SPAWN_SETSIGMASK = 0x08;

    public const int EFD_NONBLOCK = 0x800;
    public const int EFD_CLOEXEC = 0x80000;

    /// <summary>pidfd_open(2): the same number on every architecture (syscalls added since 5.1 share one table).</summary>
    public const long SYS_pidfd_open = 434;

    private const int SC_CLK_TCK = 2;

    /// <summary>Clock ticks per second: the unit of the CPU times in /proc/&lt;pid&gt;/stat.</summary>
    public static long ClockTicksPerSecond { get; } = Math.Max(1, sysconf(SC_CLK_TCK));

    /// <summary>The size of one struct epoll_event: packed on x86-64, naturally aligned elsewhere.</summary>
    public static int EpollEventSize { get; } = RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 ? 12 : 16;

    /// <summary>A path as libc takes it.</summary>
    public static byte[] Path(string path) => Encoding.UTF8.GetBytes(path + "\0");

    /// <summary>The errno of the last call.</summary>
    public static int Errno => Marshal.GetLastPInvokeError();

    [DllImport("libc", SetLastError = true)]
    public static extern int kill(int pid, int signal);

    [DllImport("libc", SetLastError = true)]
    public static extern int open(byte[] path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    public static extern nint read(int fd, ref byte buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern nint write(int fd, ref byte buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern int close(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int epoll_create1(int flags);

    [DllImport("libc", SetLastError = true)]
    public static extern int epoll_ctl(int epfd, int op, int fd, byte[] epollEvent);

    [DllImport("libc", SetLastError = true)]
    public static extern int epoll_wait(int epfd, byte[] events, int maxEvents, int timeout);

    [DllImport("libc", SetLastError = true)]
    public static extern int eventfd(uint initialValue, int flags);

    [DllImport("libc", SetLastError = true)]
    public static extern long syscall(long number, int pid, uint flags);

    [DllImport("libc", SetLastError = true)]
    public static extern int pipe2(int[] fds, int flags);

    [DllImport("libc", SetLastError = true)]
    public static extern int fcntl(int fd, int command, int argument);

    [DllImport("libc", SetLastError = true)]
    public static extern int waitpid(int pid, out int status, int options);

    [DllImport("libc")]
    public static extern int posix_spawn(out int pid, byte[] path, IntPtr fileActions, IntPtr attributes, IntPtr[] argv, IntPtr[] envp);

    [DllImport("libc")]
    public static extern int posix_spawnattr_init(IntPtr attributes);

    [DllImport("libc")]
    public static extern int posix_spawnattr_destroy(IntPtr attributes);

    [DllImport("libc")]
    public static extern int posix_spawnattr_setflags(IntPtr attributes, short flags);

    [DllImport("libc")]
    public static extern int posix_spawnattr_setpgroup(IntPtr attributes, int processGroup);

    [DllImport("libc")]
    public static extern int posix_spawnattr_setsigdefault(IntPtr attributes, IntPtr signals);

    [DllImport("libc")]
    public static extern int posix_spawnattr_setsigmask(IntPtr attributes, IntPtr signals);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_init(IntPtr fileActions);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_destroy(IntPtr fileActions);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_addopen(IntPtr fileActions, int fd, byte[] path, int flags, int mode);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_adddup2(IntPtr fileActions, int fd, int newFd);

    [DllImport("libc")]
    public static extern int posix_spawn_file_actions_addchdir_np(IntPtr fileActions, byte[] path);

    [DllImport("libc")]
    public static extern int sigemptyset(IntPtr signals);

    [DllImport("libc")]
    public static extern int sigfillset(IntPtr signals);

    [DllImport("libc", SetLastError = true)]
    private static extern long sysconf(int name);
}
