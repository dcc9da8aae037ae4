namespace Orchestrator.Node.Stats;

/// <summary>Reads the machine's own CPU and memory use and capacity.</summary>
internal interface INodeResourceReader
{
    /// <summary>A sample now; null where the machine does not say (no /proc).</summary>
    Task<NodeResourceSample?> ReadAsync(CancellationToken cancellationToken);
}
