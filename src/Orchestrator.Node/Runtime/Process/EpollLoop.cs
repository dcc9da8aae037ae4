using System.Buffers.Binary;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// One thread that waits, with epoll, on every file descriptor the process runtime watches: the pipes of the
/// containers' output and the pidfds of their shims. It calls each one's handler when it is readable, on this
/// thread, so the handlers must be short (read what is there, append it to a file). One thread serves every
/// container of the runtime, so nothing blocks a thread-pool thread on a pipe.
/// </summary>
internal sealed partial class EpollLoop : IDisposable
{
    private const int MaxEvents = 64;

    private readonly ConcurrentDictionary<ulong, Action> _handlers = new();
    private readonly ILogger _logger;
    private readonly Thread _thread;
    private readonly int _epoll;
    private readonly int _wake;
    private long _nextToken;
    private volatile bool _stopping;

    public EpollLoop(ILogger logger)
    {
        _logger = logger;
        _epoll = Libc.epoll_create1(Libc.EPOLL_CLOEXEC);
        if (_epoll < 0)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Unavailable, $"epoll_create1 failed with errno {Libc.Errno}.");
        }

        _wake = Libc.eventfd(0, Libc.EFD_CLOEXEC | Libc.EFD_NONBLOCK);
        if (_wake < 0 || Control(Libc.EPOLL_CTL_ADD, _wake, 0) != 0)
        {
            Libc.close(_epoll);
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Unavailable, $"eventfd failed with errno {Libc.Errno}.");
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "process-runtime-epoll" };
        _thread.Start();
    }

    /// <summary>Calls <paramref name="onReadable"/> whenever <paramref name="fd"/> is readable (level-triggered) until removed.</summary>
    /// <returns>The token that <see cref="Remove"/> takes.</returns>
    public ulong Add(int fd, Action onReadable)
    {
        var token = (ulong)Interlocked.Increment(ref _nextToken);
        _handlers[token] = onReadable;
        if (Control(Libc.EPOLL_CTL_ADD, fd, token) != 0)
        {
            _handlers.TryRemove(token, out _);
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"epoll_ctl(ADD, {fd}) failed with errno {Libc.Errno}.");
        }

        return token;
    }

    /// <summary>Stops watching <paramref name="fd"/>; its handler is not called again once this returns on the loop's thread.</summary>
    public void Remove(ulong token, int fd)
    {
        _handlers.TryRemove(token, out _);
        Control(Libc.EPOLL_CTL_DEL, fd, token);
    }

    public void Dispose()
    {
        if (_stopping)
        {
            return;
        }

        _stopping = true;
        Span<byte> one = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(one, 1);
        Libc.write(_wake, ref one[0], 8);
        if (Thread.CurrentThread != _thread)
        {
            _thread.Join(TimeSpan.FromSeconds(5));
        }

        Libc.close(_wake);
        Libc.close(_epoll);
    }

    private int Control(int operation, int fd, ulong token)
    {
        var epollEvent = new byte[Libc.EpollEventSize];
        BinaryPrimitives.WriteUInt32LittleEndian(epollEvent, Libc.EPOLLIN);
        BinaryPrimitives.WriteUInt64LittleEndian(epollEvent.AsSpan(Libc.EpollEventSize - 8), token);
        return Libc.epoll_ctl(_epoll, operation, fd, epollEvent);
    }

    private void Run()
    {
        var events = new byte[MaxEvents * Libc.EpollEventSize];
        while (!_stopping)
        {
            var count = Libc.epoll_wait(_epoll, events, MaxEvents, -1);
            if (count < 0)
            {
                if (Libc.Errno == Libc.EINTR)
                {
                    continue;
                }

                LogWaitFailed(_logger, Libc.Errno);
                return;
            }

            for (var i = 0; i < count && !_stopping; i++)
            {
                var token = BinaryPrimitives.ReadUInt64LittleEndian(events.AsSpan((i * Libc.EpollEventSize) + Libc.EpollEventSize - 8, 8));
                if (_handlers.TryGetValue(token, out var handler))
                {
                    try
                    {
                        handler();
                    }
                    catch (Exception e)
                    {
                        LogHandlerFailed(_logger, e);
                    }
                }
            }
        }
    }
}
