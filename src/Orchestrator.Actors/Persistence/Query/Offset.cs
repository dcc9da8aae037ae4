namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// A position in a query's stream, as in Akka.Persistence.Query. Every envelope carries the offset of its
/// event; passing it back to a query resumes the stream after that event. Our journals order all events
/// by one global number (the journal's <c>ordering</c>, later the resourceVersion of API objects), so the
/// offsets they produce are <see cref="Query.Sequence"/>s.
/// </summary>
public abstract record Offset : IComparable<Offset>
{
    private protected Offset()
    {
    }

    /// <summary>The start of the stream: the first event matches.</summary>
    public static Offset NoOffset() => Query.NoOffset.Instance;

    /// <summary>
    /// The position of the event with journal ordering <paramref name="value"/>. As in Akka the offset is
    /// exclusive: a query from <c>Sequence(10)</c> starts with the first event whose ordering is above 10.
    /// </summary>
    public static Offset Sequence(long value) => new Query.Sequence(value);

    /// <summary>Orders offsets by position; <see cref="Query.NoOffset"/> comes before every sequence.</summary>
    public abstract int CompareTo(Offset? other);

    /// <summary>The ordering after which a query from this offset starts (0 for <see cref="Query.NoOffset"/>).</summary>
    internal abstract long ExclusiveOrdering { get; }
}
