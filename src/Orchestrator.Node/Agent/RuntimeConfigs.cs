using System.Globalization;
using Orchestrator.Core.Api;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Agent;

/// <summary>How a pod and its containers are described to the container runtime, labels included.</summary>
internal static class RuntimeConfigs
{
    /// <summary>The labels every sandbox and container of <paramref name="pod"/> carries.</summary>
    public static Dictionary<string, string> PodLabels(Pod pod) => new(StringComparer.Ordinal)
    {
        [ContainerLabels.PodUid] = pod.Metadata.Uid ?? "",
        [ContainerLabels.PodName] = pod.Metadata.Name ?? "",
        [ContainerLabels.PodNamespace] = Namespace(pod),
        [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue,
    };

    /// <summary>The selector of everything the agent made for the pod with <paramref name="podUid"/>.</summary>
    public static Dictionary<string, string> PodSelector(string podUid) => new(StringComparer.Ordinal)
    {
        [ContainerLabels.PodUid] = podUid,
        [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue,
    };

    /// <summary>The selector of every container the agent made for one container of a pod, whatever the attempt.</summary>
    public static Dictionary<string, string> ContainerSelector(string podUid, string containerName)
    {
        var selector = PodSelector(podUid);
        selector[ContainerLabels.ContainerName] = containerName;
        return selector;
    }

    /// <summary>The namespace of a pod, <c>default</c> when unset.</summary>
    public static string Namespace(Pod pod) => string.IsNullOrEmpty(pod.Metadata.Namespace) ? "default" : pod.Metadata.Namespace;

    /// <summary>The sandbox of <paramref name="pod"/>: its emptyDir and hostPath volumes (others are not supported and left out).</summary>
    public static PodSandboxConfig Sandbox(Pod pod, int attempt)
    {
        var volumes = pod.Spec.Volumes
            .Where(v => v.EmptyDir is not null || v.HostPath is not null)
            .Select(v => new SandboxVolume(v.Name, v.HostPath?.Path))
            .ToArray();
        return new PodSandboxConfig(pod.Metadata.Uid ?? "", Namespace(pod), pod.Metadata.Name ?? "", attempt, PodLabels(pod), volumes);
    }

    /// <summary>
    /// The container <paramref name="container"/> of <paramref name="pod"/>, as attempt <paramref name="attempt"/>:
    /// <c>$(VAR)</c> references expanded, volume mounts, CPU and memory limits, and the labels that find it again.
    /// </summary>
    public static ContainerConfig Container(Pod pod, Container container, int attempt)
    {
        var labels = PodLabels(pod);
        labels[ContainerLabels.ContainerName] = container.Name;
        labels[ContainerLabels.Attempt] = attempt.ToString(CultureInfo.InvariantCulture);
        container.Resources.Limits.TryGetValue(ResourceNames.Cpu, out var cpu);
        container.Resources.Limits.TryGetValue(ResourceNames.Memory, out var memory);
        var (env, command, args) = EnvExpansion.Apply(
            [.. container.Env.Select(e => KeyValuePair.Create(e.Name, e.Value ?? ""))], container.Command, container.Args);
        return new ContainerConfig(
            container.Name,
            container.Image ?? "",
            command,
            args,
            env,
            container.WorkingDir,
            [.. container.VolumeMounts.Select(m => new ContainerMount(m.Name, m.MountPath, m.ReadOnly))],
            new ContainerResources(cpu.IsZero ? null : cpu.MilliValue, memory.IsZero ? null : memory.Value),
            labels);
    }

    /// <summary>The attempt a runtime object was labelled with; 0 when the label is missing or bad.</summary>
    public static int Attempt(IReadOnlyDictionary<string, string> labels) =>
        labels.TryGetValue(ContainerLabels.Attempt, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var attempt)
            ? attempt
            : 0;

    /// <summary>Kubernetes' way of naming a pod in messages: <c>name_namespace(uid)</c>.</summary>
    public static string Describe(Pod pod) => $"{pod.Metadata.Name}_{Namespace(pod)}({pod.Metadata.Uid})";
}
