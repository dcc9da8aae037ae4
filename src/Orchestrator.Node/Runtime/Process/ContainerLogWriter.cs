namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// Copies a running container's stdout and stderr, which it writes into two FIFOs, into its CRI log file,
/// one timestamped entry per line, rotating the file at the configured size. The runtime opens the FIFOs
/// read-write, as the shim does for the container, so a writer never meets a closed pipe (SIGPIPE) and a
/// reader never meets its end: when the agent is gone the FIFOs only fill up (the container blocks once a pipe
/// buffer, 64 KiB, is full) and the next runtime instance attaches a new writer and carries on. Reads happen
/// on the <see cref="EpollLoop"/>; readers of the log take a <see cref="Snapshot"/> under the same lock.
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
    /// Opens the container's FIFOs and starts copying. The log file is opened (created) with the first entry, so
    /// that a start does not wait for it and a container that writes nothing has none.
    /// </summary>
    public static ContainerLogWriter Attach(ContainerFiles files, ProcessSettings settings, TimeProvider time, EpollLoop loop)
    {
        var writer = new ContainerLogWriter(files, settings, time, loop);
        try
        {
            // An adopted container's file holds what earlier writers wrote: readers read it whole.
            var log = new FileInfo(files.Log);
            writer._length = log.Exists ? log.Length : 0;
            writer.Open(writer._sources[0], files.Stdout);
            writer.Open(writer._sources[1], files.Stderr);
            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
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
    /// Copies what is left in the FIFOs (the container has exited: nothing more comes), writes unfinished lines
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

    private void Open(Source source, string fifo)
    {
        source.Fd = Libc.open(Libc.Path(fifo), Libc.O_RDWR | Libc.O_NONBLOCK | Libc.O_CLOEXEC, 0);
        if (source.Fd < 0)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"Could not open the output FIFO {fifo}: errno {Libc.Errno}.");
        }

        source.Token = _loop.Add(source.Fd, () => OnReadable(source));
    }

    private void CloseAll()
    {
        foreach (var source in _sources)
        {
            if (source.Fd >= 0)
            {
                _loop.Remove(source.Token, source.Fd);
                Libc.close(source.Fd);
                source.Fd = -1;
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

    /// <summary>One output stream: its FIFO and the unfinished line read from it.</summary>
    private sealed class Source(LogStream stream)
    {
        public LogStream Stream { get; } = stream;

        public byte[] Pending { get; } = new byte[MaxLine];

        public int PendingLength { get; set; }

        public int Fd { get; set; } = -1;

        public ulong Token { get; set; }
    }
}
