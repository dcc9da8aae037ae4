using System.Security.Cryptography;
using System.Text;
using Orchestrator.Core.Api;

namespace Orchestrator.Node.Hosting;

/// <summary>
/// How a pod read from a static pod manifest becomes one of this node's pods, as the kubelet does it:
/// named <c>&lt;name&gt;-&lt;node&gt;</c>, in namespace <c>default</c> unless it says otherwise, bound to
/// this node, and with a uid derived from the node, the file and the pod's content. The same manifest
/// always gives the same uid, so a restarted agent recognises (and adopts) the pods it ran; an edited
/// manifest gives a new uid, so the pod is replaced.
/// </summary>
public static class StaticPods
{
    /// <summary>The annotation that says where a pod came from (Kubernetes' <c>kubernetes.io/config.source</c>).</summary>
    public const string SourceAnnotation = "kubernetes.io/config.source";

    /// <summary>The annotation with the hash the uid is made from (Kubernetes' <c>kubernetes.io/config.hash</c>).</summary>
    public const string HashAnnotation = "kubernetes.io/config.hash";

    /// <summary>The pod as this node runs it.</summary>
    public static Pod ForNode(Pod pod, string file, string nodeName)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{nodeName}\n{file}\n{ApiJson.Serialize(pod)}"));
        var uid = new Guid(hash.AsSpan(0, 16)).ToString();
        var annotations = new Dictionary<string, string>(pod.Metadata.Annotations, StringComparer.Ordinal)
        {
            [SourceAnnotation] = "file",
            [HashAnnotation] = Convert.ToHexStringLower(hash.AsSpan(0, 16)),
        };
        return pod with
        {
            Metadata = pod.Metadata with
            {
                Name = $"{pod.Metadata.Name}-{nodeName}",
                Namespace = string.IsNullOrEmpty(pod.Metadata.Namespace) ? "default" : pod.Metadata.Namespace,
                Uid = uid,
                Annotations = annotations,
            },
            Spec = pod.Spec with { NodeName = nodeName },
        };
    }
}
