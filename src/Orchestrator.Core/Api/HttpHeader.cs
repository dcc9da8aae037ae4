namespace Orchestrator.Core.Api;

/// <summary>A header sent with an HTTP GET probe.</summary>
/// <param name="Name">The header's name.</param>
/// <param name="Value">Its value.</param>
public sealed record HttpHeader(string Name, string Value);
