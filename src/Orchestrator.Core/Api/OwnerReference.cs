namespace Orchestrator.Core.Api;

/// <summary>A reference from an object to the object that owns it (Kubernetes' <c>OwnerReference</c>).</summary>
public sealed record OwnerReference
{
    /// <summary>The owner's API version, e.g. <c>apps/v1</c>.</summary>
    public string ApiVersion { get; init; } = "";

    /// <summary>The owner's kind, e.g. <c>ReplicaSet</c>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The owner's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The owner's uid.</summary>
    public string Uid { get; init; } = "";

    /// <summary>Whether the owner is the managing controller; an object has at most one.</summary>
    public bool? Controller { get; init; }

    /// <summary>Whether deleting the owner in the foreground waits for this object to go first.</summary>
    public bool? BlockOwnerDeletion { get; init; }
}
