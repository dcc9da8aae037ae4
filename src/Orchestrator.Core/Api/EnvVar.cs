namespace Orchestrator.Core.Api;

/// <summary>An environment variable of a container.</summary>
public sealed record EnvVar
{
    /// <summary>The variable's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Its value; <c>$(VAR)</c> references to earlier variables are expanded.</summary>
    public string? Value { get; init; }
}
