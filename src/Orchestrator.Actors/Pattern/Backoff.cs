namespace Orchestrator.Actors.Pattern;

/// <summary>
/// Builds the <see cref="BackoffOptions"/> of a <see cref="BackoffSupervisor"/>, as Akka's <c>Backoff</c>:
/// <c>BackoffSupervisor.Props(Backoff.OnFailure(childProps, "worker", 1s, 30s, 0.2).WithManualReset())</c>.
/// The delay before restart <c>n</c> (counting from 0) is <c>min(maxBackoff, minBackoff * 2^n)</c> times a
/// random factor in <c>[1, 1 + randomFactor)</c>, so that many supervisors do not restart in lock step.
/// </summary>
public static class Backoff
{
    /// <summary>
    /// Back-off when the child fails: an exception that the supervisor strategy answers with Restart
    /// stops the child instead, and the child is started again after the back-off. A child that stops
    /// by itself, or whose strategy says Stop, stops the supervisor too.
    /// </summary>
    /// <param name="childProps">The child's props.</param>
    /// <param name="childName">The child's name; every incarnation gets it.</param>
    /// <param name="minBackoff">The first delay; must be positive.</param>
    /// <param name="maxBackoff">The cap of the doubling delays; at least <paramref name="minBackoff"/>.</param>
    /// <param name="randomFactor">Up to this fraction is added to each delay at random: 0 to 1, 0 for none.</param>
    public static BackoffOptions OnFailure(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor) =>
        new(BackoffTrigger.OnFailure, childProps, childName, minBackoff, maxBackoff, randomFactor);

    /// <summary>As <see cref="OnFailure(Props, string, TimeSpan, TimeSpan, double)"/>, giving up (stopping the supervisor) after <paramref name="maxNrOfRetries"/> restarts; -1 for never.</summary>
    public static BackoffOptions OnFailure(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries) =>
        OnFailure(childProps, childName, minBackoff, maxBackoff, randomFactor).WithMaxNrOfRetries(maxNrOfRetries);

    /// <summary>
    /// Back-off when the child stops, for whatever reason (a persistent actor that stops when its journal
    /// fails, say): the child is started again after the back-off. Failures are handled by the supervisor
    /// strategy as usual (restart in place by default); <see cref="BackoffOptions.WithDefaultStoppingStrategy"/>
    /// turns them into stops, and so into back-off restarts.
    /// </summary>
    /// <param name="childProps">The child's props.</param>
    /// <param name="childName">The child's name; every incarnation gets it.</param>
    /// <param name="minBackoff">The first delay; must be positive.</param>
    /// <param name="maxBackoff">The cap of the doubling delays; at least <paramref name="minBackoff"/>.</param>
    /// <param name="randomFactor">Up to this fraction is added to each delay at random: 0 to 1, 0 for none.</param>
    public static BackoffOptions OnStop(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor) =>
        new(BackoffTrigger.OnStop, childProps, childName, minBackoff, maxBackoff, randomFactor);

    /// <summary>As <see cref="OnStop(Props, string, TimeSpan, TimeSpan, double)"/>, giving up (stopping the supervisor) after <paramref name="maxNrOfRetries"/> restarts; -1 for never.</summary>
    public static BackoffOptions OnStop(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries) =>
        OnStop(childProps, childName, minBackoff, maxBackoff, randomFactor).WithMaxNrOfRetries(maxNrOfRetries);
}
