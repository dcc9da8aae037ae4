namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Compares a config with the reference config that declares its keys and defaults, collecting every
/// unknown key and every value of the wrong kind. What "kind" means comes from the reference value:
/// an object, a list, a number, a boolean (<c>true</c>/<c>false</c>), a duration or size written with a
/// unit (<c>10s</c>, <c>64 MiB</c>), or any other scalar (anything scalar then goes). Null in the
/// reference accepts anything; an empty object in the reference is an open map.
/// </summary>
internal static class ConfigValidator
{
    public static void Validate(Config actual, Config reference, string[] restrictToPaths)
    {
        var problems = new List<string>();
        var paths = restrictToPaths.Length == 0 ? [ConfigPath.Root] : restrictToPaths.Select(path => ConfigPath.Parse(path, null));
        foreach (var path in paths)
        {
            if (actual.Find(path) is not { } value)
            {
                continue;
            }

            if (reference.Find(path) is { } expected)
            {
                Compare(value, expected, path, problems);
            }
            else
            {
                problems.Add(Problem(value, path, "unknown setting (it is not in the reference configuration)"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }
    }

    private static void Compare(ConfigValue value, ConfigValue expected, ConfigPath path, List<string> problems)
    {
        if (value.ValueType == ConfigValueType.Null || expected.ValueType == ConfigValueType.Null)
        {
            return;
        }

        if (expected is ConfigObject expectedObject)
        {
            if (value is not ConfigObject obj)
            {
                problems.Add(Problem(value, path, $"expected an object, got {value.Describe()}"));
                return;
            }

            if (expectedObject.Count > 0)
            {
                CompareFields(obj, expectedObject, path, problems);
            }

            return;
        }

        var (kind, accepts) = KindOf(expected);
        if (!accepts(value))
        {
            var shown = expected is ConfigScalar ? $" (like the default {expected.Describe()})" : "";
            problems.Add(Problem(value, path, $"expected {kind}{shown}, got {value.Describe()}"));
        }
    }

    private static void CompareFields(ConfigObject obj, ConfigObject expected, ConfigPath path, List<string> problems)
    {
        foreach (var (key, value) in obj)
        {
            var childPath = path.Append(key);
            if (expected.TryGetValue(key, out var expectedValue))
            {
                Compare(value, expectedValue, childPath, problems);
            }
            else
            {
                var suggestion = Closest(key, expected.Keys) is { } near ? $"; did you mean '{near}'?" : "";
                problems.Add(Problem(value, childPath, $"unknown key '{key}' (it is not in the reference configuration{suggestion})"));
            }
        }
    }

    /// <summary>The kind the reference value stands for, and a test for values of that kind.</summary>
    private static (string Kind, Func<ConfigValue, bool> Accepts) KindOf(ConfigValue expected)
    {
        switch (expected.ValueType)
        {
            case ConfigValueType.List:
                return ("a list", static value => value is ConfigList);
            case ConfigValueType.Number:
                return ("a number", static value => ConfigConversions.TryDouble(value, out _));
            case ConfigValueType.Boolean:
                return ("a boolean", static value => ConfigConversions.TryBoolean(value, out _));
        }

        // A default written with a unit declares a duration or a size; "10m" could be either.
        var text = ((ConfigScalar)expected).Text;
        var duration = text.Trim() == "infinite" || (UnitFormat.Duration.TryParse(text, out _, out var durationUnit, out _) && durationUnit);
        var size = UnitFormat.ByteSize.TryParse(text, out _, out var sizeUnit, out _) && sizeUnit;
        return (duration, size) switch
        {
            (true, true) => ("a duration or a size", static value => IsDuration(value) || IsSize(value)),
            (true, false) => (UnitFormat.Duration.Description, IsDuration),
            (false, true) => (UnitFormat.ByteSize.Description, IsSize),
            _ => ("a string, number or boolean", static value => value is ConfigScalar),
        };
    }

    private static bool IsDuration(ConfigValue value) => ConfigConversions.TryDuration(value, out _, out _);

    private static bool IsSize(ConfigValue value) => ConfigConversions.TryUnits(UnitFormat.ByteSize, value, out _, out _, out _);

    private static string Problem(ConfigValue value, ConfigPath path, string message) => $"{value.Origin}: {path}: {message}";

    /// <summary>The reference key within edit distance 2 of a misspelt <paramref name="key"/>, if any.</summary>
    private static string? Closest(string key, IEnumerable<string> candidates) =>
        candidates
            .Select(candidate => (Candidate: candidate, Distance: EditDistance(key, candidate)))
            .Where(pair => pair.Distance <= 2)
            .OrderBy(pair => pair.Distance)
            .Select(pair => pair.Candidate)
            .FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
