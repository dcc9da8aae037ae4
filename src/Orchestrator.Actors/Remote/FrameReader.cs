using System.Buffers.Binary;

namespace Orchestrator.Actors.Remote;

/// <summary>Reads the fields of a frame body; a body that ends early throws <see cref="InvalidDataException"/>.</summary>
internal ref struct FrameReader(ReadOnlySpan<byte> body)
{
    private ReadOnlySpan<byte> _rest = body;

    /// <summary>Everything not read yet.</summary>
    public readonly ReadOnlySpan<byte> Rest => _rest;

    public byte ReadByte() => Take(1)[0];

    public long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    /// <summary>A string's UTF-8 bytes (empty for an absent one).</summary>
    public ReadOnlySpan<byte> ReadString() => Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));

    public ReadOnlySpan<byte> ReadFixed(int length) => Take(length);

    private ReadOnlySpan<byte> Take(int length)
    {
        if (_rest.Length < length)
        {
            throw new InvalidDataException("the frame body ends early");
        }

        var taken = _rest[..length];
        _rest = _rest[length..];
        return taken;
    }
}
