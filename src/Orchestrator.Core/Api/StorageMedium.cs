namespace Orchestrator.Core.Api;

/// <summary>
/// What backs an emptyDir volume (Kubernetes' <c>StorageMedium</c>, a string: the default is the
/// empty string, which is why this is not an enum).
/// </summary>
public static class StorageMedium
{
    /// <summary>The node's default storage.</summary>
    public const string Default = "";

    /// <summary>A tmpfs in memory.</summary>
    public const string Memory = "Memory";
}
