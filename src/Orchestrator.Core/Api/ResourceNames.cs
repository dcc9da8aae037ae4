namespace Orchestrator.Core.Api;

/// <summary>The names of compute resources, the keys of requests, limits and node capacity.</summary>
public static class ResourceNames
{
    /// <summary>CPU, in cores (<c>1</c>, <c>500m</c>).</summary>
    public const string Cpu = "cpu";

    /// <summary>Memory, in bytes (<c>64Mi</c>, <c>1Gi</c>).</summary>
    public const string Memory = "memory";

    /// <summary>The number of pods a node can run.</summary>
    public const string Pods = "pods";
}
