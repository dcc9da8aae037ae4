namespace Orchestrator.Actors;

/// <summary>Sent to an actor that has received nothing for its receive timeout.</summary>
public sealed class ReceiveTimeout : IPossiblyHarmful
{
    private ReceiveTimeout()
    {
    }

    /// <summary>The one instance.</summary>
    public static ReceiveTimeout Instance { get; } = new();

    public override string ToString() => "ReceiveTimeout";
}
