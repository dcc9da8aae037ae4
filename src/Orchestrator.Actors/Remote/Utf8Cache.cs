using System.Text;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// A bounded map from UTF-8 text (paths, manifests) to what it resolves to, looked up by the bytes themselves,
/// so a hit costs neither decoding nor allocation: one reader loop owns it, so it needs no lock. When full it
/// starts over.
/// </summary>
internal sealed class Utf8Cache<T>
    where T : class
{
    private readonly int _capacity;
    private readonly Dictionary<byte[], T> _map = new(BytesComparer.Instance);
    private readonly Dictionary<byte[], T>.AlternateLookup<ReadOnlySpan<byte>> _lookup;

    public Utf8Cache(int capacity)
    {
        _capacity = capacity;
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>The cached value for <paramref name="utf8"/>, or a new one from <paramref name="create"/> (given the decoded text) when absent or <paramref name="isStale"/>.</summary>
    public T Get(ReadOnlySpan<byte> utf8, Func<string, T> create, Func<T, bool>? isStale = null)
    {
        if (_lookup.TryGetValue(utf8, out var found) && (isStale is null || !isStale(found)))
        {
            return found;
        }

        var value = create(Encoding.UTF8.GetString(utf8));
        if (_map.Count >= _capacity)
        {
            _map.Clear();
        }

        _lookup[utf8] = value;
        return value;
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static BytesComparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => x is null ? y is null : y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = default(HashCode);
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
