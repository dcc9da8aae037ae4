namespace Orchestrator.Actors.Persistence.Query;

/// <summary>No offset: a query from here starts at the beginning of the journal.</summary>
public sealed record NoOffset : Offset
{
    private NoOffset()
    {
    }

    /// <summary>The only instance.</summary>
    public static NoOffset Instance { get; } = new();

    internal override long ExclusiveOrdering => 0;

    /// <inheritdoc/>
    public override int CompareTo(Offset? other) => other is Query.NoOffset ? 0 : other is null ? 1 : -1;
}
