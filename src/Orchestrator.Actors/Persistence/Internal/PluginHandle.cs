namespace Orchestrator.Actors.Persistence;

/// <summary>A started plugin and the system actor that serves persistent actors with it.</summary>
internal sealed record PluginHandle<TPlugin>(TPlugin Plugin, IActorRef Ref)
    where TPlugin : class;
