namespace Orchestrator.Actors.Pattern;

/// <summary>
/// A call refused by an open <see cref="CircuitBreaker"/>: the protected resource has failed
/// repeatedly, so calls fail fast until the breaker tries again.
/// </summary>
public sealed class CircuitBreakerOpenException : Exception
{
    public CircuitBreakerOpenException()
        : this(TimeSpan.Zero)
    {
    }

    public CircuitBreakerOpenException(string message)
        : base(message)
    {
    }

    public CircuitBreakerOpenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A refusal with <paramref name="remainingDuration"/> left before the breaker lets a trial call through.</summary>
    public CircuitBreakerOpenException(TimeSpan remainingDuration)
        : base($"Circuit breaker is open; calls are failing fast (a trial call is allowed in {remainingDuration}).") =>
        RemainingDuration = remainingDuration;

    /// <summary>How long until the breaker becomes half-open and lets one trial call through.</summary>
    public TimeSpan RemainingDuration { get; }
}
