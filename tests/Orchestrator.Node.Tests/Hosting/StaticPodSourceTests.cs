using Orchestrator.Node.Agent.Messages;
using Orchestrator.Node.Hosting;
using ActorTestKit = Orchestrator.Actors.TestKit.TestKit;

namespace Orchestrator.Node.Tests.Hosting;

/// <summary><see cref="StaticPodSource"/>: manifests in a directory become the node's pods.</summary>
public sealed class StaticPodSourceTests : ActorTestKit
{
    private const string Web = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers: [{name: server, image: busybox, command: [sleep, "3600"]}]
        """;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly string _directory = Directory.CreateTempSubdirectory("orch-static-pods-").FullName;

    [Fact]
    public void Each_manifest_pod_is_run_as_name_dash_node_with_a_uid_that_only_its_content_changes()
    {
        File.WriteAllText(Path.Combine(_directory, "web.yaml"), Web);
        var agent = CreateTestProbe();

        Sys.ActorOf(StaticPodSource.Props(_directory, "n1", TimeSpan.FromHours(1), agent.Ref));
        var pod = Assert.Single(agent.ExpectMsg<SyncPods>(Wait).Pods);
        Sys.ActorOf(StaticPodSource.Props(_directory, "n1", TimeSpan.FromHours(1), agent.Ref));
        var again = Assert.Single(agent.ExpectMsg<SyncPods>(Wait).Pods);

        Assert.Equal("web-n1", pod.Metadata.Name);
        Assert.Equal("default", pod.Metadata.Namespace);
        Assert.Equal("n1", pod.Spec.NodeName);
        Assert.Equal("file", pod.Metadata.Annotations[StaticPods.SourceAnnotation]);
        Assert.Equal(pod.Metadata.Uid, again.Metadata.Uid);
        var edited = StaticPods.ForNode(Core.Manifests.ManifestReader.ReadPods(Web.Replace("3600", "60", StringComparison.Ordinal), "x")[0], Path.Combine(_directory, "web.yaml"), "n1");
        Assert.NotEqual(pod.Metadata.Uid, edited.Metadata.Uid);
    }

    [Fact]
    public void A_manifest_broken_by_an_edit_keeps_its_pod_and_a_deleted_one_removes_it()
    {
        var file = Path.Combine(_directory, "web.yaml");
        File.WriteAllText(file, Web);
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "not a manifest");
        var agent = CreateTestProbe();
        var source = Sys.ActorOf(StaticPodSource.Props(_directory, "n1", TimeSpan.FromHours(1), agent.Ref));
        var uid = Assert.Single(agent.ExpectMsg<SyncPods>(Wait).Pods).Metadata.Uid;

        File.WriteAllText(file, "apiVersion: v1\nkind: [Pod\n");
        File.WriteAllText(Path.Combine(_directory, "second.yml"), Web.Replace("name: web", "name: api", StringComparison.Ordinal));
        var pods = agent.FishForMessage<SyncPods>(sync => sync.Pods.Count == 2, Wait).Pods;
        Assert.Contains(pods, p => p.Metadata.Uid == uid);
        Assert.Contains(pods, p => p.Metadata.Name == "api-n1");

        File.Delete(file);
        File.Delete(Path.Combine(_directory, "second.yml"));
        agent.FishForMessage<SyncPods>(sync => sync.Pods.Count == 0, Wait);
        Watch(source);
        Sys.Stop(source);
        ExpectTerminated(source);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(_directory, recursive: true);
    }
}
