namespace Orchestrator.Actors.Sql.Reads;

/// <summary>What a <see cref="ReadBatcher{TRead}"/> needs of a read: a way to fail it when its batch fails, and to hand its outcome over.</summary>
internal interface IBatchedRead
{
    /// <summary>Fails the read unless it already has its outcome.</summary>
    void Fail(Exception cause);

    /// <summary>Hands the settled outcome to the caller's task, running its continuations on the calling thread; nothing while the read is unsettled.</summary>
    void Publish();
}
