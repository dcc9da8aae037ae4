namespace Orchestrator.Node.Agent;

/// <summary>
/// The kubelet's restart back-off for one container, as a value: the first restart after an exit
/// is immediate, the next waits <see cref="Initial"/> (10 s), then the wait doubles up to
/// <see cref="Max"/> (5 min): 0, 10 s, 20 s, 40 s ... 5 min. A run that lasted at least
/// <see cref="ResetAfter"/> (10 min) starts the sequence over.
/// </summary>
/// <param name="Initial">The first non-zero delay.</param>
/// <param name="Max">The longest delay.</param>
/// <param name="ResetAfter">A run at least this long resets the back-off.</param>
/// <param name="Armed">The delay the next restart waits; null before the first exit (an immediate restart).</param>
public readonly record struct CrashLoopBackOff(TimeSpan Initial, TimeSpan Max, TimeSpan ResetAfter, TimeSpan? Armed = null)
{
    /// <summary>
    /// The container exited after running <paramref name="ranFor"/> and is to be restarted: how long
    /// to wait before restarting it, and the back-off after this exit.
    /// </summary>
    public (TimeSpan Delay, CrashLoopBackOff Next) AfterExit(TimeSpan ranFor)
    {
        var armed = ranFor >= ResetAfter ? null : Armed;
        var delay = armed ?? TimeSpan.Zero;
        var next = armed is { } current ? Min(current + current, Max) : Min(Initial, Max);
        return (delay, this with { Armed = next });
    }

    /// <summary>The back-off as it was before any exit.</summary>
    public CrashLoopBackOff Reset() => this with { Armed = null };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
