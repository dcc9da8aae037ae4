using Orchestrator.Core.Api;
using Orchestrator.Core.Manifests;

namespace Orchestrator.Core.Tests.Manifests;

public sealed class ManifestReaderTests
{
    private const string WebPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          labels:
            app: web
            tier: "1"
        spec:
          restartPolicy: OnFailure
          containers:
          - name: server
            image: busybox:1
            command: ["sh", "-c"]
            args:
            - echo hello; sleep 3600
            env:
            - name: PORT
              value: "8080"
            ports:
            - containerPort: 8080
              name: http
            resources:
              limits:
                cpu: 500m
                memory: 64Mi
        """;

    [Fact]
    public void Reads_a_yaml_pod_with_typed_scalars_and_quoted_strings()
    {
        var pod = Assert.Single(ManifestReader.ReadPods(WebPod, "web.yaml"));

        Assert.Equal("web", pod.Metadata.Name);
        Assert.Equal("1", pod.Metadata.Labels["tier"]);
        Assert.Equal(RestartPolicy.OnFailure, pod.Spec.RestartPolicy);
        var container = Assert.Single(pod.Spec.Containers);
        Assert.Equal(["sh", "-c"], container.Command);
        Assert.Equal(["echo hello; sleep 3600"], container.Args);
        Assert.Equal("8080", Assert.Single(container.Env).Value);
        Assert.Equal(8080, Assert.Single(container.Ports).Port);
        Assert.Equal(Quantity.Parse("500m"), container.Resources.Limits["cpu"]);
        Assert.Equal(Quantity.Parse("64Mi"), container.Resources.Limits["memory"]);
    }

    [Fact]
    public void Reads_every_document_of_a_multi_document_file_and_json()
    {
        var text = WebPod + "\n---\n" + """{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "json"}, "spec": {"containers": [{"name": "c", "image": "busybox"}]}}""" + "\n---\n";

        var pods = ManifestReader.ReadPods(text, "two.yaml");

        Assert.Equal(["web", "json"], pods.Select(p => p.Metadata.Name));
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: Service\nmetadata: {name: s}\n", "kind Service")]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    imagee: busybox\n", "imagee")]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: []}\n", "has no containers")]
    [InlineData("apiVersion: v1\nkind: Pod\nspec: {containers: [{name: c, image: i}]}\n", "no metadata.name")]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: Sometimes\n  containers: [{name: c, image: i}]\n", "not a valid Pod")]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: {name: p, name: q}\n", "Duplicate key name")]
    [InlineData("- just\n- a list\n", "must be an object")]
    public void Refuses_what_is_not_a_valid_pod_with_a_message_naming_the_source_and_the_problem(string text, string expected)
    {
        var error = Assert.Throws<ManifestException>(() => ManifestReader.ReadPods(text, "bad.yaml"));

        Assert.Contains("bad.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_is_refused_with_its_line_and_column()
    {
        var error = Assert.Throws<ManifestException>(() => ManifestReader.ReadPods("apiVersion: v1\nkind: [Pod\nmetadata:\n", "broken.yaml"));

        Assert.StartsWith("broken.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }
}
