namespace Orchestrator.Actors.Persistence.Query;

/// <summary>An offset that is a journal ordering: the global, strictly increasing number of an event.</summary>
/// <param name="Value">The ordering of the event this offset points at.</param>
public sealed record Sequence(long Value) : Offset
{
    internal override long ExclusiveOrdering =>
        Value >= 0 ? Value : throw new ArgumentOutOfRangeException(nameof(Value), Value, "A sequence offset is an ordering, 0 or more.");

    /// <inheritdoc/>
    public override int CompareTo(Offset? other) => other switch
    {
        Query.Sequence sequence => Value.CompareTo(sequence.Value),
        Query.NoOffset or null => 1,
        _ => throw new ArgumentException($"A sequence offset cannot be compared with {other.GetType().Name}.", nameof(other)),
    };
}
