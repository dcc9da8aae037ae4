using System.Runtime.InteropServices;

namespace Orchestrator.Actors;

/// <summary>
/// The registrations for process exit, SIGTERM and SIGINT of one actor system's coordinated shutdown. They
/// are removed when the system terminates: many systems may live and die in one process (tests do), and a
/// stale handler would both run a dead system's shutdown and keep the system reachable.
/// </summary>
internal sealed class ClrShutdownHook : IDisposable
{
    private readonly Action _onProcessExit;
    private readonly Action<PosixSignalContext, bool> _onSignal;
    private readonly EventHandler _processExit;
    private readonly List<PosixSignalRegistration> _signals = [];
    private int _signalled;
    private int _disposed;

    /// <param name="onProcessExit">Runs on <see cref="AppDomain.ProcessExit"/>, blocking until done.</param>
    /// <param name="onSignal">Runs on SIGTERM and SIGINT; told whether this is the first signal.</param>
    public ClrShutdownHook(Action onProcessExit, Action<PosixSignalContext, bool> onSignal)
    {
        _onProcessExit = onProcessExit;
        _onSignal = onSignal;
        _processExit = (_, _) => HandleProcessExit();
        AppDomain.CurrentDomain.ProcessExit += _processExit;
        foreach (var signal in (ReadOnlySpan<PosixSignal>)[PosixSignal.SIGTERM, PosixSignal.SIGINT])
        {
            try
            {
                _signals.Add(PosixSignalRegistration.Create(signal, HandleSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // Some platforms know no such signal; process exit still runs the shutdown.
            }
        }
    }

    /// <summary>True until <see cref="Dispose"/> has removed the registrations.</summary>
    public bool IsRegistered => Volatile.Read(ref _disposed) == 0;

    /// <summary>What the process-exit registration runs.</summary>
    public void HandleProcessExit()
    {
        if (IsRegistered)
        {
            _onProcessExit();
        }
    }

    /// <summary>What the signal registrations run.</summary>
    public void HandleSignal(PosixSignalContext context)
    {
        if (IsRegistered)
        {
            _onSignal(context, Interlocked.Exchange(ref _signalled, 1) == 0);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= _processExit;
        foreach (var registration in _signals)
        {
            registration.Dispose();
        }

        _signals.Clear();
    }
}
