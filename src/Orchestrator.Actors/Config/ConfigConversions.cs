using System.Globalization;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// HOCON's automatic conversions from a value to the type a getter asks for: strings that parse as
/// numbers or booleans convert, numbers are durations in milliseconds and sizes in bytes, and nothing
/// converts from null, objects or lists. Used by the getters and by <see cref="Config.CheckValid"/>.
/// </summary>
internal static class ConfigConversions
{
    private const NumberStyles JsonNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static string AsString(ConfigValue value, string path) =>
        TryScalarText(value) ?? throw Mismatch(value, path, "a string");

    public static long AsLong(ConfigValue value, string path) =>
        TryLong(value, out var result, out var outOfRange) ? result
            : throw Mismatch(value, path, "an integer", outOfRange ? "it is out of range for a 64-bit integer" : null);

    public static int AsInt(ConfigValue value, string path)
    {
        var result = AsLong(value, path);
        return result is >= int.MinValue and <= int.MaxValue
            ? (int)result
            : throw Mismatch(value, path, "an integer", "it is out of range for a 32-bit integer");
    }

    public static double AsDouble(ConfigValue value, string path) =>
        TryDouble(value, out var result) ? result : throw Mismatch(value, path, "a number");

    public static bool AsBoolean(ConfigValue value, string path) =>
        TryBoolean(value, out var result) ? result : throw Mismatch(value, path, "a boolean (true/false, yes/no, on/off)");

    public static TimeSpan AsTimeSpan(ConfigValue value, string path) =>
        TryDuration(value, out var result, out var problem) ? result : throw Mismatch(value, path, UnitFormat.Duration.Description, problem);

    public static long AsByteSize(ConfigValue value, string path) =>
        TryUnits(UnitFormat.ByteSize, value, out var result, out _, out var problem) ? result : throw Mismatch(value, path, UnitFormat.ByteSize.Description, problem);

    public static IReadOnlyList<string> AsStringList(ConfigValue value, string path)
    {
        if (value is not ConfigList list)
        {
            throw Mismatch(value, path, "a list of strings");
        }

        var result = new string[list.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = TryScalarText(list[i]) ?? throw Mismatch(list[i], $"{path}[{i}]", "a string");
        }

        return result;
    }

    public static bool TryLong(ConfigValue value, out long result, out bool outOfRange)
    {
        result = 0;
        outOfRange = false;
        if (TryNumberText(value) is not { } text)
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result))
        {
            return true;
        }

        if (!double.TryParse(text, JsonNumber, CultureInfo.InvariantCulture, out var real) || !double.IsFinite(real) || Math.Truncate(real) != real)
        {
            return false;
        }

        outOfRange = real < long.MinValue || real >= long.MaxValue;
        result = outOfRange ? 0 : (long)real;
        return !outOfRange;
    }

    public static bool TryDouble(ConfigValue value, out double result)
    {
        result = 0;
        return TryNumberText(value) is { } text
            && double.TryParse(text, JsonNumber, CultureInfo.InvariantCulture, out result)
            && double.IsFinite(result);
    }

    public static bool TryBoolean(ConfigValue value, out bool result)
    {
        result = false;
        if (value is not ConfigScalar { ValueType: ConfigValueType.Boolean or ConfigValueType.String } scalar)
        {
            return false;
        }

        switch (scalar.Text.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                result = true;
                return true;
            case "false" or "no" or "off":
                return true;
            default:
                return false;
        }
    }

    /// <summary>A duration: <c>infinite</c>, a number of milliseconds, or a number with a time unit.</summary>
    public static bool TryDuration(ConfigValue value, out TimeSpan result, out string? problem)
    {
        if (TryNumberText(value) is { } text && text.Trim() == "infinite")
        {
            (result, problem) = (Timeout.InfiniteTimeSpan, null);
            return true;
        }

        var ok = TryUnits(UnitFormat.Duration, value, out var ticks, out _, out problem);
        result = TimeSpan.FromTicks(ticks);
        return ok;
    }

    public static bool TryUnits(UnitFormat format, ConfigValue value, out long result, out bool hasUnit, out string? problem)
    {
        (result, hasUnit, problem) = (0, false, null);
        return TryNumberText(value) is { } text && format.TryParse(text, out result, out hasUnit, out problem);
    }

    /// <summary>The text of a number or a string; null for anything that cannot convert to a number.</summary>
    private static string? TryNumberText(ConfigValue value) =>
        value is ConfigScalar { ValueType: ConfigValueType.Number or ConfigValueType.String } scalar ? scalar.Text : null;

    private static string? TryScalarText(ConfigValue value) =>
        value is ConfigScalar { ValueType: not ConfigValueType.Null } scalar ? scalar.Text : null;

    public static ConfigurationException Mismatch(ConfigValue value, string path, string expected, string? problem = null) =>
        new(value.Origin, $"{path}: expected {expected}, got {value.Describe()}{(problem is null ? "" : $" ({problem})")}");
}
