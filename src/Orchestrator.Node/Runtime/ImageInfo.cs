namespace Orchestrator.Node.Runtime;

/// <summary>An image present in the runtime.</summary>
/// <param name="Reference">The reference it was asked for, e.g. <c>busybox:latest</c>.</param>
/// <param name="Id">The runtime's id of the image (a digest for Docker).</param>
/// <param name="SizeBytes">Its size on disk, when the runtime knows it.</param>
public sealed record ImageInfo(string Reference, string Id, long? SizeBytes);
