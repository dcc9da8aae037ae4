namespace Orchestrator.Actors.TestKit.Tests;

/// <summary>Tests that change process environment variables: they run alone, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Environment";
}
