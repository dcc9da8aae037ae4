namespace Orchestrator.Core.Api;

/// <summary>A probe handler that opens a TCP connection; an established connection is success.</summary>
/// <param name="Port">The port: a number, or the name of one of the container's ports.</param>
/// <param name="Host">The host to connect to; the pod's IP when null.</param>
public sealed record TcpSocketAction(IntOrString Port, string? Host = null);
