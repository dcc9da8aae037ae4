namespace Orchestrator.Actors.Tests.Actors;

/// <summary>Asks a <see cref="LifecycleActor"/> to create a child; it replies with the child's ref.</summary>
public sealed record CreateChild(Props Props, string Name);
