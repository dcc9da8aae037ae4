using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// The association handshake, a challenge and response over the shared secret that never sends the secret:
/// the opener sends <see cref="FrameKind.Hello"/> (its address and uid, the address it means to reach, a nonce);
/// the acceptor answers <see cref="FrameKind.HelloAck"/> (its uid, its nonce, its proof); the opener answers
/// <see cref="FrameKind.HelloProof"/>. A proof is HMAC-SHA256 keyed by the secret over a role byte, both nonces and
/// both addresses and uids, so neither can be replayed into another association.
/// </summary>
internal static class Handshake
{
    public const int NonceSize = 32;
    public const int ProofSize = 32;
    private const byte OpenerRole = (byte)'O';
    private const byte AcceptorRole = (byte)'A';

    /// <summary>What the opener says first.</summary>
    public sealed record Hello(Address From, long FromUid, Address To, byte[] Nonce);

    public static byte[] NewNonce() => RandomNumberGenerator.GetBytes(NonceSize);

    public static byte[] EncodeHello(Hello hello)
    {
        var from = Encoding.UTF8.GetBytes(hello.From.ToString());
        var to = Encoding.UTF8.GetBytes(hello.To.ToString());
        var body = new byte[2 + from.Length + 8 + 2 + to.Length + NonceSize];
        var at = FrameCodec.WriteString(body, from);
        BinaryPrimitives.WriteInt64BigEndian(body.AsSpan(at), hello.FromUid);
        at += 8;
        at += FrameCodec.WriteString(body.AsSpan(at), to);
        hello.Nonce.CopyTo(body.AsSpan(at));
        return body;
    }

    /// <exception cref="InvalidDataException">The body is not a Hello.</exception>
    public static Hello DecodeHello(ReadOnlySpan<byte> body)
    {
        var reader = new FrameReader(body);
        var from = ParseAddress(reader.ReadString());
        var uid = reader.ReadInt64();
        var to = ParseAddress(reader.ReadString());
        var nonce = reader.ReadFixed(NonceSize).ToArray();
        return new Hello(from, uid, to, nonce);
    }

    public static byte[] EncodeAck(long uid, byte[] nonce, byte[] proof)
    {
        var body = new byte[8 + NonceSize + ProofSize];
        BinaryPrimitives.WriteInt64BigEndian(body, uid);
        nonce.CopyTo(body, 8);
        proof.CopyTo(body, 8 + NonceSize);
        return body;
    }

    public static (long Uid, byte[] Nonce, byte[] Proof) DecodeAck(ReadOnlySpan<byte> body)
    {
        var reader = new FrameReader(body);
        return (reader.ReadInt64(), reader.ReadFixed(NonceSize).ToArray(), reader.ReadFixed(ProofSize).ToArray());
    }

    /// <summary>The acceptor's proof for the association <paramref name="hello"/> asked for.</summary>
    public static byte[] AcceptorProof(string secret, Hello hello, long acceptorUid, byte[] acceptorNonce) =>
        Proof(secret, AcceptorRole, hello, acceptorUid, acceptorNonce);

    /// <summary>The opener's proof for the association <paramref name="hello"/> asked for.</summary>
    public static byte[] OpenerProof(string secret, Hello hello, long acceptorUid, byte[] acceptorNonce) =>
        Proof(secret, OpenerRole, hello, acceptorUid, acceptorNonce);

    /// <summary>Compares proofs in constant time.</summary>
    public static bool Verify(byte[] expected, ReadOnlySpan<byte> actual) =>
        actual.Length == expected.Length && CryptographicOperations.FixedTimeEquals(expected, actual);

    /// <summary>Reads one whole frame (for the handshake, where allocation does not matter).</summary>
    /// <exception cref="InvalidDataException">The peer closed the connection or sent an oversized length.</exception>
    public static async Task<(FrameKind Kind, byte[] Body)> ReadFrameAsync(PipeReader reader, long maximumFrameSize, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (FrameCodec.TryReadFrame(ref buffer, maximumFrameSize, out var kind, out var body))
            {
                var bytes = body.ToArray();
                reader.AdvanceTo(buffer.Start);
                return (kind, bytes);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                throw new InvalidDataException("the connection closed during the handshake");
            }
        }
    }

    private static byte[] Proof(string secret, byte role, Hello hello, long acceptorUid, byte[] acceptorNonce)
    {
        var from = Encoding.UTF8.GetBytes(hello.From.ToString());
        var to = Encoding.UTF8.GetBytes(hello.To.ToString());
        var data = new byte[1 + (2 * NonceSize) + from.Length + to.Length + 16];
        data[0] = role;
        hello.Nonce.CopyTo(data, 1);
        acceptorNonce.CopyTo(data, 1 + NonceSize);
        var at = 1 + (2 * NonceSize);
        from.CopyTo(data, at);
        at += from.Length;
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(at), hello.FromUid);
        at += 8;
        to.CopyTo(data, at);
        at += to.Length;
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(at), acceptorUid);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data);
    }

    private static Address ParseAddress(ReadOnlySpan<byte> utf8) =>
        Address.TryParse(Encoding.UTF8.GetString(utf8), out var address) && address.HasGlobalScope
            ? address
            : throw new InvalidDataException("the handshake names no valid address");
}
