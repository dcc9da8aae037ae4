namespace Orchestrator.Actors.Pattern;

/// <summary>
/// How a <see cref="BackoffSupervisor"/> runs its child: made by <see cref="Backoff.OnFailure(Props, string, TimeSpan, TimeSpan, double)"/>
/// or <see cref="Backoff.OnStop(Props, string, TimeSpan, TimeSpan, double)"/>, refined with the <c>With*</c> methods
/// (each returns a changed copy), turned into props by <see cref="BackoffSupervisor.Props(BackoffOptions)"/>.
/// </summary>
public sealed record BackoffOptions
{
    internal BackoffOptions(BackoffTrigger trigger, Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor)
    {
        ArgumentNullException.ThrowIfNull(childProps);
        ArgumentException.ThrowIfNullOrEmpty(childName);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(minBackoff, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBackoff, minBackoff);
        if (!(randomFactor >= 0 && randomFactor <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(randomFactor), randomFactor, "The random factor must be between 0 and 1.");
        }

        Trigger = trigger;
        ChildProps = childProps;
        ChildName = childName;
        MinBackoff = minBackoff;
        MaxBackoff = maxBackoff;
        RandomFactor = randomFactor;
        ResetBackoff = minBackoff;
        Strategy = new OneForOneStrategy(SupervisorStrategy.DefaultDecider);
    }

    /// <summary>The props of the child.</summary>
    public Props ChildProps { get; }

    /// <summary>The name of the child, the same in every incarnation.</summary>
    public string ChildName { get; }

    /// <summary>The first back-off delay.</summary>
    public TimeSpan MinBackoff { get; }

    /// <summary>The cap of the doubling delays (before the random factor).</summary>
    public TimeSpan MaxBackoff { get; }

    /// <summary>Up to this fraction of the delay is added at random.</summary>
    public double RandomFactor { get; }

    /// <summary>
    /// With automatic reset, how long a child must run before the restart count goes back to zero
    /// (<see cref="MinBackoff"/> unless set); null with manual reset (<see cref="BackoffSupervisor.Reset"/>).
    /// </summary>
    public TimeSpan? ResetBackoff { get; private init; }

    /// <summary>
    /// How the child's failures are handled; its <see cref="SupervisorStrategy.MaxNumberOfRetries"/> is the
    /// number of back-off restarts after which the supervisor gives up and stops (negative: never).
    /// </summary>
    public OneForOneStrategy Strategy { get; private init; }

    /// <summary>The number of back-off restarts after which the supervisor stops; -1 for never.</summary>
    public int MaxNrOfRetries => Strategy.MaxNumberOfRetries;

    /// <summary>What a sender gets back while there is no child; null sends its message to dead letters.</summary>
    public object? ReplyWhileStopped { get; private init; }

    /// <summary>Recognises the message after which the child's next stop stops the supervisor too; null for none.</summary>
    public Func<object, bool>? FinalStopMessage { get; private init; }

    internal BackoffTrigger Trigger { get; }

    /// <summary>The restart count resets once the child has run for <paramref name="resetBackoff"/> without stopping or failing.</summary>
    public BackoffOptions WithAutoReset(TimeSpan resetBackoff)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(resetBackoff, TimeSpan.Zero);
        return this with { ResetBackoff = resetBackoff };
    }

    /// <summary>The restart count resets only when the supervisor receives <see cref="BackoffSupervisor.Reset"/> (from the child, typically, once it is healthy).</summary>
    public BackoffOptions WithManualReset() => this with { ResetBackoff = null };

    /// <summary>Handles the child's failures with <paramref name="strategy"/>; its max retries become the back-off's.</summary>
    public BackoffOptions WithSupervisorStrategy(OneForOneStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return this with { Strategy = strategy };
    }

    /// <summary>Stops the child on any failure (keeping the max retries): with <see cref="Backoff.OnStop(Props, string, TimeSpan, TimeSpan, double)"/>, failures then back off too.</summary>
    public BackoffOptions WithDefaultStoppingStrategy() =>
        this with { Strategy = new OneForOneStrategy(Strategy.MaxNumberOfRetries, Strategy.WithinTimeRange, SupervisorStrategy.StoppingStrategy.Decider, Strategy.LoggingEnabled) };

    /// <summary>Stops the supervisor after <paramref name="maxNrOfRetries"/> back-off restarts; -1 for never.</summary>
    public BackoffOptions WithMaxNrOfRetries(int maxNrOfRetries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNrOfRetries, -1);
        return this with { Strategy = new OneForOneStrategy(maxNrOfRetries, Strategy.WithinTimeRange, Strategy.Decider, Strategy.LoggingEnabled) };
    }

    /// <summary>Answers messages that arrive while there is no child with <paramref name="replyWhileStopped"/> instead of sending them to dead letters.</summary>
    public BackoffOptions WithReplyWhileStopped(object replyWhileStopped)
    {
        ArgumentNullException.ThrowIfNull(replyWhileStopped);
        return this with { ReplyWhileStopped = replyWhileStopped };
    }

    /// <summary>After a message that <paramref name="isFinalStopMessage"/> recognises has gone to the child, the child's next stop stops the supervisor instead of backing off.</summary>
    public BackoffOptions WithFinalStopMessage(Func<object, bool> isFinalStopMessage)
    {
        ArgumentNullException.ThrowIfNull(isFinalStopMessage);
        return this with { FinalStopMessage = isFinalStopMessage };
    }
}
