namespace Orchestrator.Node.Tests.Infrastructure;

/// <summary>
/// The Docker-specific tests beyond the conformance suite (<see cref="DockerCollection"/>): a collection of their own,
/// with a <see cref="DockerFixture"/> of their own, so that the two run side by side rather than one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DockerSpecificsCollection : ICollectionFixture<DockerFixture>
{
    public const string Name = "Docker specifics";
}
