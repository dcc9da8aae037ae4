using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Remote;

/// <summary>The settings of <c>orch.remote</c>, read and checked once when the system starts.</summary>
public sealed class RemoteSettings
{
    /// <summary>Reads and validates <c>orch.remote</c> of <paramref name="config"/>.</summary>
    /// <exception cref="ConfigurationException">A value is out of range.</exception>
    public RemoteSettings(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Hostname = config.GetString("orch.remote.hostname");
        Port = config.GetInt("orch.remote.port");
        Secret = config.GetString("orch.remote.secret");
        MaximumFrameSize = config.GetByteSize("orch.remote.maximum-frame-size");
        HandshakeTimeout = config.GetTimeSpan("orch.remote.handshake-timeout");
        OutboundMessageQueueSize = config.GetInt("orch.remote.outbound-message-queue-size");
        ReconnectBackoffMin = config.GetTimeSpan("orch.remote.reconnect-backoff.min");
        ReconnectBackoffMax = config.GetTimeSpan("orch.remote.reconnect-backoff.max");
        GiveUpAfter = config.GetTimeSpan("orch.remote.give-up-after");
        HeartbeatInterval = config.GetTimeSpan("orch.remote.watch-failure-detector.heartbeat-interval");
        AcceptableHeartbeatPause = config.GetTimeSpan("orch.remote.watch-failure-detector.acceptable-heartbeat-pause");
        FailureInjector = config.GetBoolean("orch.remote.test.failure-injector");
        Check(Hostname.Length > 0, "orch.remote.hostname must not be empty.");
        Check(Port is >= 0 and <= 65535, $"orch.remote.port must be 0 (any free port) to 65535, got {Port}.");
        Check(MaximumFrameSize is >= 32 * 1024 and <= 64 * 1024 * 1024, $"orch.remote.maximum-frame-size must be 32KiB to 64MiB, got {MaximumFrameSize} bytes.");
        Check(IsPositive(HandshakeTimeout), "orch.remote.handshake-timeout must be a positive duration.");
        Check(OutboundMessageQueueSize > 0, $"orch.remote.outbound-message-queue-size must be positive, got {OutboundMessageQueueSize}.");
        Check(IsPositive(ReconnectBackoffMin) && ReconnectBackoffMax >= ReconnectBackoffMin, "orch.remote.reconnect-backoff: min must be positive and max at least min.");
        Check(IsPositive(GiveUpAfter), "orch.remote.give-up-after must be a positive duration.");
        Check(IsPositive(HeartbeatInterval), "orch.remote.watch-failure-detector.heartbeat-interval must be a positive duration.");
        Check(AcceptableHeartbeatPause > HeartbeatInterval, "orch.remote.watch-failure-detector.acceptable-heartbeat-pause must be longer than heartbeat-interval.");
    }

    /// <summary>The host bound to, and written in this system's address.</summary>
    public string Hostname { get; }

    /// <summary>The port bound to; 0 for any free one.</summary>
    public int Port { get; }

    /// <summary>The shared secret both ends of an association prove they know.</summary>
    public string Secret { get; }

    /// <summary>The largest frame sent or accepted, in bytes.</summary>
    public long MaximumFrameSize { get; }

    /// <summary>How long a handshake may take.</summary>
    public TimeSpan HandshakeTimeout { get; }

    /// <summary>Messages queued per remote system while it is (re)connected.</summary>
    public int OutboundMessageQueueSize { get; }

    /// <summary>The first pause between reconnection attempts.</summary>
    public TimeSpan ReconnectBackoffMin { get; }

    /// <summary>The longest pause between reconnection attempts.</summary>
    public TimeSpan ReconnectBackoffMax { get; }

    /// <summary>After this long without a connection, queued messages are dropped.</summary>
    public TimeSpan GiveUpAfter { get; }

    /// <summary>How often systems with watched actors are sent a heartbeat.</summary>
    public TimeSpan HeartbeatInterval { get; }

    /// <summary>How long a watched system may stay silent before it is taken as terminated.</summary>
    public TimeSpan AcceptableHeartbeatPause { get; }

    /// <summary>True when the test-only failure injector is enabled.</summary>
    public bool FailureInjector { get; }

    private static bool IsPositive(TimeSpan value) => value > TimeSpan.Zero && value != Timeout.InfiniteTimeSpan;

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ConfigurationException(message);
        }
    }
}
