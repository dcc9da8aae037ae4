namespace Orchestrator.Actors.Remote;

/// <summary>The byte after a frame's length: what the body holds.</summary>
internal enum FrameKind : byte
{
    /// <summary>Opener → acceptor: from address and uid, to address, nonce.</summary>
    Hello = 1,

    /// <summary>Acceptor → opener: its uid, its nonce and its proof of the secret.</summary>
    HelloAck = 2,

    /// <summary>Opener → acceptor: the opener's proof of the secret.</summary>
    HelloProof = 3,

    /// <summary>A user message: flags, recipient, sender, manifest, payload.</summary>
    Message = 4,

    /// <summary>A death-watch system message: Watch, Unwatch or DeathWatchNotification.</summary>
    System = 5,

    /// <summary>The remote watcher's heartbeat request.</summary>
    Heartbeat = 6,

    /// <summary>The answer to a heartbeat.</summary>
    HeartbeatResponse = 7,
}
