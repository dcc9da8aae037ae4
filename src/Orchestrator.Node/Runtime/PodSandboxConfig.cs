namespace Orchestrator.Node.Runtime;

/// <summary>What a pod's sandbox is made from.</summary>
/// <param name="PodUid">The pod's uid; with the attempt, it names the sandbox.</param>
/// <param name="Namespace">The pod's namespace.</param>
/// <param name="PodName">The pod's name; also the hostname of its containers where the runtime can set one.</param>
/// <param name="Attempt">How many sandboxes this pod had before this one.</param>
/// <param name="Labels">Labels the runtime keeps on the sandbox (pod uid, name, namespace).</param>
/// <param name="Volumes">The pod's volumes; emptyDir volumes live and die with the sandbox.</param>
public sealed record PodSandboxConfig(
    string PodUid,
    string Namespace,
    string PodName,
    int Attempt,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<SandboxVolume> Volumes);
