using Orchestrator.Actors.Remote;
using Orchestrator.Actors.TestKit.MultiNode;
using Xunit.Abstractions;
using ActorTestKit = Orchestrator.Actors.TestKit.TestKit;

namespace Orchestrator.Actors.Tests.Remote;

/// <summary>A remote test system (the kit's own, with the test actor) plus a harness for the other nodes.</summary>
public abstract class RemoteTestBase : ActorTestKit
{
    protected const string FastWatch = """
        orch.remote.watch-failure-detector.heartbeat-interval = 200ms
        orch.remote.watch-failure-detector.acceptable-heartbeat-pause = 1s
        orch.remote.reconnect-backoff.min = 50ms
        orch.remote.reconnect-backoff.max = 200ms
        """;

    protected RemoteTestBase(ITestOutputHelper output, string? config = null)
        : base(output, (config ?? string.Empty) + "\n" + MultiNodeHarness.NodeConfig() + "\n" + FastWatch)
    {
        RemoteTestMessages.Register(Sys);
        Harness = new MultiNodeHarness(FastWatch, RemoteTestMessages.Register);
    }

    protected MultiNodeHarness Harness { get; }

    protected RemoteTransport Transport => RemoteTransport.Get(Sys);

    /// <summary>Starts another node with an echo actor at <c>/user/echo</c>.</summary>
    protected TestNode StartEchoNode(string name = "other", int port = 0, string? config = null)
    {
        var node = Harness.StartNode(name, port: port, config: config);
        node.System.ActorOf(Props.Create<Echo>(), "echo");
        return node;
    }

    /// <summary>The echo actor of <paramref name="node"/>, as a remote reference resolved from <see cref="ActorTestKit.Sys"/>.</summary>
    protected Task<IActorRef> ResolveEcho(TestNode node) =>
        Sys.ActorSelection($"{node.Address}/user/echo").ResolveOne(TimeSpan.FromSeconds(10));

    /// <summary>A probe that receives every log event of <paramref name="system"/> at or above the configured level.</summary>
    protected Orchestrator.Actors.TestKit.TestProbe LogProbe(ActorSystem system)
    {
        var probe = new Orchestrator.Actors.TestKit.TestProbe(system);
        system.EventStream.Subscribe(probe.Ref, typeof(Orchestrator.Actors.Event.LogEvent));
        return probe;
    }

    /// <summary>Waits for a log event whose message contains <paramref name="text"/>.</summary>
    protected static Orchestrator.Actors.Event.LogEvent ExpectLog(Orchestrator.Actors.TestKit.TestProbe probe, string text) =>
        probe.FishForMessage<Orchestrator.Actors.Event.LogEvent>(e => e.Message.Contains(text, StringComparison.Ordinal), TimeSpan.FromSeconds(10), text);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Harness.Dispose();
        }

        base.Dispose(disposing);
    }
}
