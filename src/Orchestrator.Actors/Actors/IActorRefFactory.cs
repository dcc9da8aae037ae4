namespace Orchestrator.Actors;

/// <summary>What can create actors and look them up: the system and every actor's context.</summary>
public interface IActorRefFactory
{
    /// <summary>Creates a child actor (of the user guardian, when called on the system).</summary>
    IActorRef ActorOf(Props props, string? name = null);

    /// <summary>Selects actors by path: absolute (<c>/user/a</c>, <c>orch://sys/user/a</c>) or relative (<c>../b</c>, <c>child/*</c>).</summary>
    ActorSelection ActorSelection(string path);
}
