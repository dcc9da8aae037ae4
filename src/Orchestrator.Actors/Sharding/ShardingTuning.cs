namespace Orchestrator.Actors.Sharding;

/// <summary>
/// The timings and limits of sharding (Akka's <c>TuningParameters</c>, same names and defaults):
/// <list type="bullet">
/// <item><see cref="CoordinatorFailureBackoff"/>: how long a region waits before registering again after its coordinator terminated.</item>
/// <item><see cref="RetryInterval"/>: how often a region retries registration and unanswered shard-home requests.</item>
/// <item><see cref="BufferSize"/>: the most messages a region (and a shard) buffers while a shard's home is unknown
/// or the shard is handed off; beyond it a message goes to dead letters with a warning.</item>
/// <item><see cref="HandOffTimeout"/>: how long the coordinator waits for a hand-off to finish before giving it up.</item>
/// <item><see cref="ShardStartTimeout"/>: how long the coordinator waits for <c>ShardStarted</c> before telling the region again.</item>
/// <item><see cref="EntityRestartBackoff"/>: how long a shard waits before starting a remembered entity that stopped unexpectedly.</item>
/// <item><see cref="RebalanceInterval"/>: how often the coordinator asks the allocation strategy what to move.</item>
/// <item><see cref="SnapshotAfter"/>: the coordinator (and a remember-entities store) saves a snapshot every this many events.</item>
/// <item><see cref="LeastShardAllocationAbsoluteLimit"/> and <see cref="LeastShardAllocationRelativeLimit"/>: the most
/// shards one rebalance round moves, as a count and as a fraction of all shards (the smaller wins).</item>
/// <item><see cref="WaitingForStateTimeout"/> and <see cref="UpdatingStateTimeout"/>: how long the coordinator waits
/// to recover and to persist one change before it logs a warning (it restarts from the journal).</item>
/// </list>
/// </summary>
public sealed record ShardingTuning(
    TimeSpan CoordinatorFailureBackoff,
    TimeSpan RetryInterval,
    int BufferSize,
    TimeSpan HandOffTimeout,
    TimeSpan ShardStartTimeout,
    TimeSpan EntityRestartBackoff,
    TimeSpan RebalanceInterval,
    int SnapshotAfter,
    int LeastShardAllocationAbsoluteLimit,
    double LeastShardAllocationRelativeLimit,
    TimeSpan WaitingForStateTimeout,
    TimeSpan UpdatingStateTimeout);
