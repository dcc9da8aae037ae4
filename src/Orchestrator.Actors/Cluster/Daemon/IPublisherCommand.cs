namespace Orchestrator.Actors.Cluster;

/// <summary>A message for the event publisher (<c>/system/cluster/core/publisher</c>) rather than the daemon.</summary>
internal interface IPublisherCommand;
