using Orchestrator.Actors.Remote;

namespace Orchestrator.Actors.TestKit.MultiNode;

/// <summary>One actor system of a <see cref="MultiNodeHarness"/>.</summary>
/// <param name="Name">The node's name (also its actor system's name).</param>
/// <param name="Role">The role the test gave it (such as <c>seed</c> or <c>worker</c>).</param>
/// <param name="System">The running actor system.</param>
public sealed record TestNode(string Name, string Role, ActorSystem System)
{
    /// <summary>The node's network address, <c>orch://name@127.0.0.1:port</c>.</summary>
    public Address Address => System.Address;

    /// <summary>The node's transport: uid, quarantine and the failure injector.</summary>
    public RemoteTransport Transport => RemoteTransport.Get(System);

    /// <summary>Blackholes, delays and disconnects this node's links to others.</summary>
    public FailureInjector FailureInjector => Transport.FailureInjector;
}
