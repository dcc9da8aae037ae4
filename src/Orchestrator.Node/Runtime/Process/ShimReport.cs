using System.Text;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// Reads what a freshly spawned shim writes to its output pipe, on the <see cref="EpollLoop"/>: its report line
/// ("shim-pid shim-start pid start") when it started the container, or its errors when it could not, until the
/// shim closes the pipe. <see cref="Text"/> completes with all of it.
/// </summary>
internal sealed class ShimReport
{
    private const int Limit = 8 * 1024;

    private readonly TaskCompletionSource<string> _text = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly MemoryStream _received = new();
    private readonly EpollLoop _loop;
    private readonly int _fd;
    private readonly byte[] _buffer = new byte[1024];
    private ulong _token;

    private ShimReport(EpollLoop loop, int fd)
    {
        _loop = loop;
        _fd = fd;
    }

    /// <summary>Everything the shim wrote to its output before it closed it.</summary>
    public Task<string> Text => _text.Task;

    /// <summary>Starts reading the non-blocking pipe <paramref name="fd"/>, which it then owns.</summary>
    public static ShimReport Read(EpollLoop loop, int fd)
    {
        var report = new ShimReport(loop, fd);
        lock (report._received)
        {
            report._token = loop.Add(fd, report.OnReadable);
        }

        return report;
    }

    private void OnReadable()
    {
        lock (_received)
        {
            while (true)
            {
                var read = (int)Libc.read(_fd, ref _buffer[0], _buffer.Length);
                if (read > 0)
                {
                    _received.Write(_buffer, 0, (int)Math.Min(read, Math.Max(0, Limit - _received.Length)));
                    continue;
                }

                if (read < 0 && Libc.Errno == Libc.EINTR)
                {
                    continue;
                }

                if (read == 0 || Libc.Errno != Libc.EAGAIN)
                {
                    // The shim closed its output (or the pipe failed): that is all there is.
                    _loop.Remove(_token, _fd);
                    Libc.close(_fd);
                    _text.TrySetResult(Encoding.UTF8.GetString(_received.GetBuffer(), 0, (int)_received.Length));
                }

                return;
            }
        }
    }
}
