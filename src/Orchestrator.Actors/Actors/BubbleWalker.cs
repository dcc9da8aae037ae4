using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>
/// The parent of the root guardian (Akka calls it "the one who walks the bubbles of
/// space-time"). A failure of the root stops it; the death of the root ends the system.
/// </summary>
internal sealed class BubbleWalker(ActorPath path, ActorSystemImpl system) : MinimalActorRef
{
    public override ActorPath Path { get; } = path;

    public override void SendSystemMessage(SystemMessage message)
    {
        switch (message)
        {
            case Failed failed:
                ((IInternalActorRef)failed.Child).Stop();
                break;
            case DeathWatchNotification:
                system.OnRootTerminated();
                break;
        }
    }
}
