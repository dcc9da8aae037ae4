using System.Collections.Concurrent;

namespace Orchestrator.Actors.Remote;

/// <summary>Both sides of the association handshake, and the incarnations it has met.</summary>
public sealed partial class RemoteTransport
{
    private readonly ConcurrentDictionary<Address, long> _peerUids = new();

    /// <summary>The opener's side; returns the acceptor's uid.</summary>
    /// <exception cref="HandshakeRefusedException">The acceptor failed the proof or is a quarantined incarnation.</exception>
    internal async Task<long> OpenerHandshakeAsync(TcpConnection connection, Address remote, CancellationToken token)
    {
        var hello = new Handshake.Hello(Address, LocalUid, remote, Handshake.NewNonce());
        FrameCodec.WriteFrame(connection.Writer, FrameKind.Hello, Handshake.EncodeHello(hello));
        await connection.Writer.FlushAsync(token).ConfigureAwait(false);
        var (kind, body) = await Handshake.ReadFrameAsync(connection.Reader, Settings.MaximumFrameSize, token).ConfigureAwait(false);
        if (kind != FrameKind.HelloAck)
        {
            throw new InvalidDataException($"expected the handshake's answer, got a frame of kind {(byte)kind}");
        }

        var (uid, nonce, proof) = Handshake.DecodeAck(body);

        // Sent before checking: the acceptor then logs the refusal on its side too, and the proof gives nothing away.
        FrameCodec.WriteFrame(connection.Writer, FrameKind.HelloProof, Handshake.OpenerProof(Settings.Secret, hello, uid, nonce));
        await connection.Writer.FlushAsync(token).ConfigureAwait(false);
        if (!Handshake.Verify(Handshake.AcceptorProof(Settings.Secret, hello, uid, nonce), proof))
        {
            throw Refuse(remote, connection, "it does not know the cluster secret");
        }

        CheckIncarnation(remote, uid, connection);
        return uid;
    }

    /// <summary>The acceptor's side; returns the opener's address and uid.</summary>
    /// <exception cref="HandshakeRefusedException">The opener is not addressing this system, failed the proof, or is quarantined.</exception>
    internal async Task<(Address Peer, long Uid)> AcceptorHandshakeAsync(TcpConnection connection, CancellationToken token)
    {
        var (kind, body) = await Handshake.ReadFrameAsync(connection.Reader, Settings.MaximumFrameSize, token).ConfigureAwait(false);
        if (kind != FrameKind.Hello)
        {
            throw new InvalidDataException($"expected a handshake, got a frame of kind {(byte)kind}");
        }

        var hello = Handshake.DecodeHello(body);
        if (!hello.To.Equals(Address))
        {
            throw Refuse(hello.From, connection, $"it is addressed to {hello.To}, not to this system");
        }

        var nonce = Handshake.NewNonce();
        FrameCodec.WriteFrame(connection.Writer, FrameKind.HelloAck, Handshake.EncodeAck(LocalUid, nonce, Handshake.AcceptorProof(Settings.Secret, hello, LocalUid, nonce)));
        await connection.Writer.FlushAsync(token).ConfigureAwait(false);
        var (proofKind, proof) = await Handshake.ReadFrameAsync(connection.Reader, Settings.MaximumFrameSize, token).ConfigureAwait(false);
        if (proofKind != FrameKind.HelloProof || !Handshake.Verify(Handshake.OpenerProof(Settings.Secret, hello, LocalUid, nonce), proof))
        {
            throw Refuse(hello.From, connection, "it does not know the cluster secret");
        }

        CheckIncarnation(hello.From, hello.FromUid, connection);
        return (hello.From, hello.FromUid);
    }

    /// <summary>Refuses a quarantined incarnation; a new incarnation quarantines the one it replaces.</summary>
    private void CheckIncarnation(Address peer, long uid, TcpConnection connection)
    {
        if (IsQuarantined(peer, uid))
        {
            throw Refuse(peer, connection, $"its incarnation {uid} is quarantined");
        }

        while (true)
        {
            if (_peerUids.TryGetValue(peer, out var known))
            {
                if (known == uid)
                {
                    return;
                }

                if (_peerUids.TryUpdate(peer, uid, known))
                {
                    LogNewIncarnation(Log, peer, known, uid);
                    Quarantine(peer, known);
                    return;
                }
            }
            else if (_peerUids.TryAdd(peer, uid))
            {
                return;
            }
        }
    }

    private HandshakeRefusedException Refuse(Address peer, TcpConnection connection, string reason)
    {
        LogRefused(Log, peer, connection.RemoteEndPoint, reason);
        return new HandshakeRefusedException($"association with {peer} refused: {reason}");
    }
}
