namespace Orchestrator.Node.Runtime;

/// <summary>What a runtime says of itself.</summary>
/// <param name="RuntimeName">The runtime, e.g. <c>docker</c>.</param>
/// <param name="Version">The engine's own version, e.g. Docker's <c>26.1.5</c>.</param>
/// <param name="ApiVersion">The API version in use, after negotiation where there is one.</param>
public sealed record RuntimeVersion(string RuntimeName, string Version, string ApiVersion);
