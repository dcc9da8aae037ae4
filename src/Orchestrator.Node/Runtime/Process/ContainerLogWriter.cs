namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// Copies a running container's stdout and stderr, which it writes into two pipes, into its CRI log file,
/// one timestamped entry per line, rotating the file at the configured size. Both ends of each pipe stay open
/// beside the container's: the shim holds the read ends (<see cref="Shim"/>), so a writer never meets a closed
/// pipe (SIGPIPE), and this writer the write ends too, so its reads never meet the pipe's end. When the agent is
/// gone the pipes only fill up (the container blocks once a pipe buffer, 64 KiB, is full) and the next runtime
/// instance attaches a new writer through the shim's descriptors and carries on. Reads happen on the
/// <see cref="EpollLoop"/>; readers of the log take a <see cref="Snapshot"/> under the same lock.
/// </summary>
internal sealed partial class ContainerLogWriter : IDisposable
{
    /// <summary>The longest line kept whole; longer ones are written as partial (P) entries.</summary>
    private const int MaxLine = 16 * 1024;

    private readonly Lock _sync = new();
    private readonly ContainerFiles _files;
    private readonly ProcessSettings _settings;
    private readonly TimeProvider _time;
    private readonly EpollLoop _loop;
    private readonly Source[] _sources;
    private readonly byte[] _buffer = new byte[16 * 1024];
    private FileStream? _file;
    private long _length;
    private bool _unwritable;
    private int _generation;
    private bool _completed;
    private TaskCompletionSource _changed = NewSignal();

    private ContainerLogWriter(ContainerFiles files, ProcessSettings settings, TimeProvider time, EpollLoop loop)
    {
        _files = files;
        _settings = settings;
        _time = time;
        _loop = loop;
        _sources = [new Source(LogStream.Stdout), new Source(LogStream.Stderr)];
    }

    /// <summary>
    /// The descriptors a new container's shim is given (as its 3, 4, 5 and 6): the write ends of the stdout and
    /// stderr pipes, then their read ends.
    /// </summary>
    public IReadOnlyList<int> ShimDescriptors => [_sources[0].Writer, _sources[1].Writer, _sources[0].Fd, _sources[1].Fd];

    /// <summary>
    /// Makes the pipes of a container about to start (see <see cref="ShimDescriptors"/>) and starts copying. The log
    /// file is opened (created) with the first entry, so that a start does not wait for it and a container that
    /// writes nothing has none.
    /// </summary>
    public static ContainerLogWriter Create(ContainerFiles files, ProcessSettings settings, TimeProvider time, EpollLoop loop) =>
        Attach(files, settings, time, loop, 0, source => (source.Fd, source.Writer) = PosixSpawn.Pipe());

    /// <summary>
    /// Copies on the output of a container that an earlier runtime instance started and whose shim (pid
    /// <paramref name="shimPid"/>) runs: from the pipes the shim holds, or from the FIFOs of a container started
    /// by an earlier version, which made them in its directory.
    /// </summary>
    public static ContainerLogWriter Reattach(ContainerFiles files, int shimPid, ProcessSettings settings, TimeProvider time, EpollLoop loop)
    {
        // What earlier writers wrote is in the file already: readers read it whole.
        var log = new FileInfo(files.Log);
        var fifos = File.Exists(files.Stdout);
        return Attach(files, settings, time, loop, log.Exists ? log.Length : 0, source =>
        {
            var stdout = source.Stream == LogStream.Stdout;
            var path = fifos ? (stdout ? files.Stdout : files.Stderr) : $"/proc/{shimPid}/fd/{(stdout ? Shim.StdoutReadFd : Shim.StderrReadFd)}";
            source.Fd = Libc.open(Libc.Path(path), Libc.O_RDWR | Libc.O_NONBLOCK | Libc.O_CLOEXEC, 0);
            if (source.Fd < 0)
            {
                throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"Could not open the container's output {path}: errno {Libc.Errno}.");
            }
        });
    }

    /// <summary>What a reader needs to read the log consistently (see <see cref="LogSnapshot"/>).</summary>
    public LogSnapshot Snapshot()
    {
        lock (_sync)
        {
            var rotated = new List<FileStream>();
            for (var generation = _settings.LogMaxFiles - 1; generation >= 1; generation--)
            {
                if (LogSnapshot.TryOpen(_files.RotatedLog(generation)) is { } stream)
                {
                    rotated.Add(stream);
                }
            }

            return new LogSnapshot(rotated, LogSnapshot.TryOpen(_files.Log), _generation, _length, _completed, _changed.Task);
        }
    }

    /// <summary>
    /// Copies what is left in the pipes (the container has exited: nothing more comes), writes unfinished lines
    /// as whole ones, and closes everything. Readers that follow the log end once they have read it all.
    /// </summary>
    public void Complete()
    {
        lock (_sync)
        {
            if (_completed)
            {
                return;
            }

            var now = _time.GetUtcNow();
            try
            {
                foreach (var source in _sources)
                {
                    Drain(source, now);
                    if (source.PendingLength > 0)
                    {
                        Write(now, source.Stream, partial: false, source.Pending.AsSpan(0, source.PendingLength));
                        source.PendingLength = 0;
                    }
                }
            }
            catch (IOException)
            {
                // What could not be written is lost; the container has exited all the same.
            }

            CloseAll();
            _completed = true;
            Pulse();
        }
    }

    /// <summary>Stops copying without draining (the container is being removed).</summary>
    public void Dispose()
    {
        lock (_sync)
        {
            CloseAll();
            _completed = true;
            Pulse();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A writer on a log file of <paramref name="length"/> bytes whose sources <paramref name="open"/> gives their descriptors, each watched on the loop.</summary>
    private static ContainerLogWriter Attach(
        ContainerFiles files, ProcessSettings settings, TimeProvider time, EpollLoop loop, long length, Action<Source> open)
    {
        var writer = new ContainerLogWriter(files, settings, time, loop) { _length = length };
        try
        {
            foreach (var source in writer._sources)
            {
                open(source);
                source.Token = loop.Add(source.Fd, () => writer.OnReadable(source));
            }

            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    private void CloseAll()
    {
        foreach (var source in _sources)
        {
            if (source.Fd >= 0)
            {
                if (source.Token != 0)
                {
                    _loop.Remove(source.Token, source.Fd);
                }

                Libc.close(source.Fd);
                source.Fd = -1;
            }

            if (source.Writer >= 0)
            {
                Libc.close(source.Writer);
                source.Writer = -1;
            }
        }

        _file?.Dispose();
        _file = null;
    }

    private void Pulse()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    /// <summary>One output stream: the read end of its pipe (or FIFO), the write end held beside it, and the unfinished line read from it.</summary>
    private sealed class Source(LogStream stream)
    {
        public LogStream Stream { get; } = stream;

        public byte[] Pending { get; } = new byte[MaxLine];

        public int PendingLength { get; set; }

        public int Fd { get; set; } = -1;

        public int Writer { get; set; } = -1;

        public ulong Token { get; set; }
    }
}
