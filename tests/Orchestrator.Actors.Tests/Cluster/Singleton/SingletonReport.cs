namespace Orchestrator.Actors.Tests.Cluster.Singleton;

/// <summary>What a test singleton tells the test: started, stopped, or got a ping, on which node.</summary>
public sealed record SingletonReport(string Event, Address Node, string? Text = null);
