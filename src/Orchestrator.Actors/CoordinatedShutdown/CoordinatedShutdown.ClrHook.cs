using System.Runtime.InteropServices;

namespace Orchestrator.Actors;

/// <summary>Running the shutdown when the process is asked to end (<c>run-by-clr-shutdown-hook = on</c>).</summary>
public sealed partial class CoordinatedShutdown
{
    /// <summary>
    /// The process is exiting: run the shutdown and wait for it, since the process ends when this returns.
    /// Never exits the process itself from here (that would wait on this very handler).
    /// </summary>
    internal void OnProcessExit()
    {
        _runningClrHook = true;
        var timeout = TotalTimeout;
        try
        {
            // Blocking is the point: ProcessExit handlers are synchronous and the process ends when they return.
            if (!Run(ClrExitReason.Instance).Wait(timeout))
            {
                Log.ClrHookTimedOut(_log, timeout);
            }
        }
        catch (AggregateException)
        {
            // The run failed and logged why; the process exits anyway.
        }
    }

    /// <summary>
    /// SIGTERM or SIGINT: the first one cancels the default (immediate termination) so that the shutdown can
    /// complete; the host then ends when the system has terminated (or exits when <c>exit-clr = on</c>).
    /// A repeated signal is left to its default, so a second Ctrl+C still kills a stuck process.
    /// </summary>
    internal void OnSignal(PosixSignalContext context, bool first)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!first)
        {
            return;
        }

        context.Cancel = true;
        Log.SignalReceived(_log, context.Signal);
        _ = Run(ClrExitReason.Instance);
    }
}
