namespace Orchestrator.Node.Tests.Infrastructure;

/// <summary>The Docker runtime conformance tests: put <c>[Collection(DockerCollection.Name)]</c> on a class to get the <see cref="DockerFixture"/> injected.</summary>
[CollectionDefinition(Name)]
public sealed class DockerCollection : ICollectionFixture<DockerFixture>
{
    public const string Name = "Docker";
}
