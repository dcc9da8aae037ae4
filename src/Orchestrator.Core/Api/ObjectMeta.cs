namespace Orchestrator.Core.Api;

/// <summary>
/// The metadata every API object carries (Kubernetes' <c>ObjectMeta</c>): its name and namespace,
/// the uid that tells apart two objects of the same name over time, the resourceVersion used for
/// optimistic concurrency, and the labels, annotations and owners that tie objects together.
/// </summary>
public sealed record ObjectMeta
{
    /// <summary>The object's name, unique within its namespace and kind.</summary>
    public string? Name { get; init; }

    /// <summary>A prefix from which the server generates a unique name when <see cref="Name"/> is empty.</summary>
    public string? GenerateName { get; init; }

    /// <summary>The namespace; null for cluster-scoped objects (and read as <c>default</c> for namespaced ones).</summary>
    public string? Namespace { get; init; }

    /// <summary>The unique id of this object, set by the server at creation and never reused.</summary>
    public string? Uid { get; init; }

    /// <summary>An opaque version of the object; an update naming a stale one is refused (409 Conflict).</summary>
    public string? ResourceVersion { get; init; }

    /// <summary>A sequence number of the object's desired state (its spec), bumped on every spec change.</summary>
    public long? Generation { get; init; }

    /// <summary>When the server created the object.</summary>
    public DateTimeOffset? CreationTimestamp { get; init; }

    /// <summary>When the object is to be deleted: set by a graceful delete, the object disappears once its owners let go.</summary>
    public DateTimeOffset? DeletionTimestamp { get; init; }

    /// <summary>The grace period, in seconds, the deletion allowed the object's processes to stop.</summary>
    public long? DeletionGracePeriodSeconds { get; init; }

    /// <summary>Identifying key/value pairs that selectors match.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = ApiCollections.EmptyMap;

    /// <summary>Non-identifying key/value pairs for tools and people.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = ApiCollections.EmptyMap;

    /// <summary>The objects this one depends on; when they are deleted, this one is garbage.</summary>
    public IReadOnlyList<OwnerReference> OwnerReferences { get; init; } = [];
}
