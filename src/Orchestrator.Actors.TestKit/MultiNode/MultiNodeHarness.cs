using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.TestKit.MultiNode;

/// <summary>
/// Several actor systems in one test process (the idea of Akka's multi-node TestKit, on loopback): each has
/// provider = remote on 127.0.0.1 and a free port, the same secret, and the failure injector on. Nodes can be
/// added later (also restarted on a port that was used before, as a new incarnation); all are terminated at
/// dispose.
/// </summary>
public sealed class MultiNodeHarness : IDisposable
{
    /// <summary>The secret every node of a harness shares unless told otherwise.</summary>
    public const string DefaultSecret = "multi-node-test-secret";

    private readonly List<TestNode> _nodes = [];
    private readonly Lock _gate = new();
    private readonly string _commonConfig;
    private readonly Action<ActorSystem>? _onStart;

    /// <summary>A harness whose nodes use <paramref name="commonConfig"/> (HOCON) over the remote defaults, and run <paramref name="onStart"/> (e.g. registering message types) as each starts.</summary>
    public MultiNodeHarness(string? commonConfig = null, Action<ActorSystem>? onStart = null)
    {
        _commonConfig = commonConfig ?? string.Empty;
        _onStart = onStart;
    }

    /// <summary>The nodes started so far, in order.</summary>
    public IReadOnlyList<TestNode> Nodes
    {
        get
        {
            lock (_gate)
            {
                return [.. _nodes];
            }
        }
    }

    /// <summary>The node named <paramref name="name"/> that was started last.</summary>
    public TestNode this[string name] => Nodes.Last(n => n.Name == name);

    /// <summary>The base configuration of a node: remote on loopback, the secret, the failure injector, plus the harness's own.</summary>
    public static string NodeConfig(int port = 0, string secret = DefaultSecret) => $$"""
        orch.actor.provider = remote
        orch.remote.hostname = "127.0.0.1"
        orch.remote.port = {{port}}
        orch.remote.secret = "{{secret}}"
        orch.remote.test.failure-injector = on
        """;

    /// <summary>Starts a node; <paramref name="port"/> 0 picks a free one, and <paramref name="config"/> (HOCON) overrides the rest.</summary>
    public TestNode StartNode(string name, string role = "node", int port = 0, string? config = null, string secret = DefaultSecret)
    {
        var full = ConfigurationFactory.ParseString(config ?? string.Empty, "<node config>")
            .WithFallback(ConfigurationFactory.ParseString(_commonConfig, "<harness config>"))
            .WithFallback(ConfigurationFactory.ParseString(NodeConfig(port, secret), "<multi-node defaults>"));
        var system = ActorSystem.Create(name, full);
        try
        {
            _onStart?.Invoke(system);
        }
        catch
        {
            system.Terminate().Wait(TimeSpan.FromSeconds(10));
            throw;
        }

        var node = new TestNode(name, role, system);
        lock (_gate)
        {
            _nodes.Add(node);
        }

        return node;
    }

    /// <summary>Starts <paramref name="count"/> nodes named <paramref name="prefix"/>1, 2... with <paramref name="role"/>.</summary>
    public IReadOnlyList<TestNode> StartNodes(int count, string prefix = "node", string role = "node") =>
        [.. Enumerable.Range(1, count).Select(i => StartNode($"{prefix}{i}", role))];

    /// <summary>Terminates a node's system and waits for it.</summary>
    public static void Shutdown(TestNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        node.System.Terminate().Wait(TimeSpan.FromSeconds(15));
    }

    /// <summary>Registers <typeparamref name="T"/> under <paramref name="manifest"/> on <paramref name="system"/>, for <see cref="MultiNodeHarness(string?, Action{ActorSystem}?)"/>'s start hook.</summary>
    public static void Register<T>(ActorSystem system, string manifest) => Serialization.Serialization.Get(system).Register<T>(manifest);

    /// <summary>Terminates every node (concurrently) and waits for them.</summary>
    public void Dispose()
    {
        var nodes = Nodes;
        Task.WaitAll([.. nodes.Select(n => n.System.Terminate())], TimeSpan.FromSeconds(20));
    }
}
