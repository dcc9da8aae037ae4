namespace Orchestrator.Core.Api;

/// <summary>A probe handler that sends an HTTP GET; a status from 200 to 399 is success.</summary>
/// <param name="Path">The request path, e.g. <c>/healthz</c>.</param>
/// <param name="Port">The port: a number, or the name of one of the container's ports.</param>
/// <param name="Host">The host to connect to; the pod's IP when null.</param>
/// <param name="Scheme"><c>HTTP</c> or <c>HTTPS</c> (certificates are not verified, as the kubelet does).</param>
/// <param name="HttpHeaders">Extra request headers.</param>
public sealed record HttpGetAction(
    string Path,
    IntOrString Port,
    string? Host = null,
    string Scheme = "HTTP",
    IReadOnlyList<HttpHeader>? HttpHeaders = null);
