using System.Collections.ObjectModel;

namespace Orchestrator.Core.Api;

/// <summary>The shared empty collections API objects default to, and value comparison of collections.</summary>
internal static class ApiCollections
{
    /// <summary>An empty string map, the default of labels, annotations and similar fields.</summary>
    public static IReadOnlyDictionary<string, string> EmptyMap => ReadOnlyDictionary<string, string>.Empty;

    /// <summary>An empty resource list.</summary>
    public static IReadOnlyDictionary<string, Quantity> EmptyResources => ReadOnlyDictionary<string, Quantity>.Empty;

    /// <summary>Element-wise equality of two lists (records hold lists by reference; the API compares values).</summary>
    public static bool SequenceEqual<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of a list's elements, consistent with <see cref="SequenceEqual{T}"/>.</summary>
    public static int SequenceHash<T>(IReadOnlyList<T>? list)
    {
        var hash = new HashCode();
        if (list is not null)
        {
            foreach (var item in list)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }
}
