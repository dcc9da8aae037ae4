using System.Collections.Immutable;
using System.Globalization;
using Orchestrator.Actors.Cluster.Sbr;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Cluster;

/// <summary>Reading <c>orch.cluster</c> with range checks that collect every problem, each with its file and line.</summary>
public sealed partial class ClusterSettings
{
    private sealed class Reader(Config config)
    {
        private readonly List<string> _problems = [];

        public static string PathOf(string key) => $"{Section}.{key}";

        public TimeSpan Duration(string key, bool allowZero = false)
        {
            var value = config.GetTimeSpan(PathOf(key));
            if (value == Timeout.InfiniteTimeSpan || value < TimeSpan.Zero || (!allowZero && value == TimeSpan.Zero))
            {
                Problem(key, $"expected a {(allowZero ? "non-negative" : "positive")} finite duration, got {Describe(value)}");
            }

            return value;
        }

        public TimeSpan? OffOrDuration(string key) => IsOff(key) ? null : Duration(key);

        public int Int(string key, int minimum)
        {
            var value = config.GetInt(PathOf(key));
            if (value < minimum)
            {
                Problem(key, $"expected at least {minimum}, got {value}");
            }

            return value;
        }

        public double PositiveDouble(string key)
        {
            var value = config.GetDouble(PathOf(key));
            if (!(value > 0) || double.IsInfinity(value))
            {
                Problem(key, $"expected a positive number, got {value.ToString(CultureInfo.InvariantCulture)}");
            }

            return value;
        }

        public string OneOf(string key, IReadOnlyList<string> options)
        {
            var value = config.GetString(PathOf(key));
            if (!options.Contains(value, StringComparer.Ordinal))
            {
                Problem(key, $"'{value}' is not one of {string.Join(", ", options)}");
            }

            return value;
        }

        public ImmutableArray<Address> SeedNodes(string key) =>
        [
            .. config.GetStringList(PathOf(key)).Select(text =>
                Address.TryParse(text, out var address) && address.HasGlobalScope
                    ? address
                    : Problem<Address?>(key, $"'{text}' is not a node address (expected orch://system@host:port)", null)).OfType<Address>(),
        ];

        public ImmutableSortedSet<string> Roles(string key)
        {
            var roles = config.GetStringList(PathOf(key));
            if (roles.Any(string.IsNullOrWhiteSpace))
            {
                Problem(key, "a role must not be empty");
            }

            return ImmutableSortedSet.CreateRange(StringComparer.Ordinal, roles);
        }

        public ImmutableDictionary<string, int> RoleMinimums(string key)
        {
            var minimums = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
            if (config.GetValue(PathOf(key)) is not ConfigObject roles)
            {
                Problem(key, "expected an object: role { <role>.min-nr-of-members = <n> }");
                return minimums.ToImmutable();
            }

            foreach (var (role, value) in roles)
            {
                var roleKey = $"{key}.\"{role}\"";
                if (value is not ConfigObject settings || settings.Keys.Any(k => k != "min-nr-of-members") || !settings.ContainsKey("min-nr-of-members"))
                {
                    Problem(roleKey, "expected { min-nr-of-members = <n> }");
                    continue;
                }

                minimums[role] = Int($"{roleKey}.min-nr-of-members", minimum: 1);
            }

            return minimums.ToImmutable();
        }

        public SplitBrainResolverSettings SplitBrainResolver()
        {
            const string sbr = "split-brain-resolver";
            var strategy = OneOf($"{sbr}.active-strategy", SplitBrainResolverSettings.Strategies);
            var stableAfter = Duration($"{sbr}.stable-after");
            var quorumSize = config.GetInt(PathOf($"{sbr}.static-quorum.quorum-size"));
            if (strategy == "static-quorum" && quorumSize < 1)
            {
                Problem($"{sbr}.active-strategy", $"static-quorum needs {PathOf($"{sbr}.static-quorum.quorum-size")} of at least 1, got {quorumSize}");
            }

            return new SplitBrainResolverSettings(
                strategy,
                stableAfter,
                DownAllWhenUnstable($"{sbr}.down-all-when-unstable", stableAfter),
                Role($"{sbr}.keep-majority.role"),
                quorumSize,
                Role($"{sbr}.static-quorum.role"),
                config.GetBoolean(PathOf($"{sbr}.keep-oldest.down-if-alone")),
                Role($"{sbr}.keep-oldest.role"));
        }

        public void ThrowIfProblems()
        {
            if (_problems.Count > 0)
            {
                throw new ConfigurationException(_problems);
            }
        }

        private TimeSpan DownAllWhenUnstable(string key, TimeSpan stableAfter)
        {
            if (IsOn(key))
            {
                // Akka: three quarters of stable-after, at least 4 seconds.
                var derived = stableAfter * 3 / 4;
                return derived > TimeSpan.FromSeconds(4) ? derived : TimeSpan.FromSeconds(4);
            }

            return OffOrDuration(key) ?? TimeSpan.Zero;
        }

        private string? Role(string key) => config.GetString(PathOf(key)) is { Length: > 0 } role ? role : null;

        private bool IsOn(string key) => config.GetString(PathOf(key)).ToUpperInvariant() is "ON" or "TRUE" or "YES";

        private bool IsOff(string key) => config.GetString(PathOf(key)).ToUpperInvariant() is "OFF" or "FALSE" or "NO";

        private static string Describe(TimeSpan value) => value == Timeout.InfiniteTimeSpan ? "infinite" : value.ToString("c", CultureInfo.InvariantCulture);

        private void Problem(string key, string message) => Problem<object?>(key, message, null);

        private T Problem<T>(string key, string message, T result)
        {
            var origin = config.GetValue(PathOf(key))?.Origin.ToString() ?? "<config>";
            _problems.Add($"{origin}: {PathOf(key)}: {message}");
            return result;
        }
    }
}
