using System.Buffers;
using System.Buffers.Binary;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// The framing: a 4-byte big-endian length (of what follows), a 1-byte <see cref="FrameKind"/>, then the body.
/// Strings in bodies are a 2-byte big-endian length and UTF-8 bytes.
/// </summary>
internal static class FrameCodec
{
    /// <summary>Length prefix plus kind.</summary>
    public const int HeaderSize = 5;

    /// <summary>The message frame's flag for an actor selection (the recipient is a path below the root).</summary>
    public const byte SelectionFlag = 1;

    /// <summary>Writes the header of a frame whose body is <paramref name="bodyLength"/> bytes.</summary>
    public static void WriteHeader(Span<byte> destination, int bodyLength, FrameKind kind)
    {
        BinaryPrimitives.WriteInt32BigEndian(destination, bodyLength + 1);
        destination[4] = (byte)kind;
    }

    /// <summary>Writes a length-prefixed string and returns the bytes written.</summary>
    public static int WriteString(Span<byte> destination, ReadOnlySpan<byte> utf8)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, checked((ushort)utf8.Length));
        utf8.CopyTo(destination[2..]);
        return 2 + utf8.Length;
    }

    /// <summary>Writes a whole frame into <paramref name="output"/>.</summary>
    public static void WriteFrame(IBufferWriter<byte> output, FrameKind kind, ReadOnlySpan<byte> body)
    {
        var span = output.GetSpan(HeaderSize + body.Length);
        WriteHeader(span, body.Length, kind);
        body.CopyTo(span[HeaderSize..]);
        output.Advance(HeaderSize + body.Length);
    }

    /// <summary>
    /// Takes one whole frame off the front of <paramref name="buffer"/>; false when it is not all there yet.
    /// </summary>
    /// <exception cref="InvalidDataException">The length is zero, negative or over <paramref name="maximumFrameSize"/>: the stream cannot be resynchronised.</exception>
    public static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, long maximumFrameSize, out FrameKind kind, out ReadOnlySequence<byte> body)
    {
        kind = default;
        body = default;
        if (buffer.Length < 4)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[4];
        buffer.Slice(0, 4).CopyTo(prefix);
        var length = BinaryPrimitives.ReadInt32BigEndian(prefix);
        if (length < 1 || length > maximumFrameSize)
        {
            throw new InvalidDataException($"a frame announced {length} bytes (the maximum frame size is {maximumFrameSize})");
        }

        if (buffer.Length < 4 + length)
        {
            return false;
        }

        kind = (FrameKind)buffer.Slice(4, 1).FirstSpan[0];
        body = buffer.Slice(HeaderSize, length - 1);
        buffer = buffer.Slice(4 + length);
        return true;
    }
}
