using System.Text;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// A bounded map from UTF-8 text (paths, manifests) to what it resolves to, looked up without allocating a
/// string: one reader loop owns it, so it needs no lock. When full it starts over.
/// </summary>
internal sealed class Utf8Cache<T>
    where T : class
{
    private const int StackLimit = 256;
    private readonly int _capacity;
    private readonly Dictionary<string, T> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8Cache(int capacity)
    {
        _capacity = capacity;
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cached value for <paramref name="utf8"/>, or a new one from <paramref name="create"/> when absent or <paramref name="isStale"/>.</summary>
    public T Get(ReadOnlySpan<byte> utf8, Func<string, T> create, Func<T, bool>? isStale = null)
    {
        var chars = utf8.Length <= StackLimit ? stackalloc char[utf8.Length] : new char[utf8.Length];
        var count = Encoding.UTF8.GetChars(utf8, chars);
        var key = chars[..count];
        if (_lookup.TryGetValue(key, out var found) && (isStale is null || !isStale(found)))
        {
            return found;
        }

        var text = key.ToString();
        var value = create(text);
        if (_map.Count >= _capacity)
        {
            _map.Clear();
        }

        _map[text] = value;
        return value;
    }
}
