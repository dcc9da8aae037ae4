namespace Orchestrator.Actors.Tests.Actors;

/// <summary>
/// Makes a <see cref="LifecycleActor"/> reply "blocked" and then hold its thread until
/// <paramref name="Gate"/> is set, so that a test can queue messages behind it. Send it only
/// to actors made with <see cref="LifecycleActor.CreatePinned"/>.
/// </summary>
public sealed record Block(ManualResetEventSlim Gate);
