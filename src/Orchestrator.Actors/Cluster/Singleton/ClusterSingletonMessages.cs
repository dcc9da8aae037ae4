namespace Orchestrator.Actors.Cluster.Singleton;

/// <summary>The hand-over protocol between singleton managers (Akka's, same names).</summary>
internal static class ClusterSingletonMessages
{
    /// <summary>The new oldest asks the previous one to stop the singleton and tell it when done.</summary>
    public sealed record HandOverToMe(Address From);

    /// <summary>The previous oldest has begun stopping the singleton.</summary>
    public sealed record HandOverInProgress(Address From);

    /// <summary>The singleton has stopped on the previous oldest: the new oldest starts it.</summary>
    public sealed record HandOverDone(Address From);

    /// <summary>The previous oldest, no longer oldest, asks the new oldest to begin the hand-over.</summary>
    public sealed record TakeOverFromMe(Address From);
}
