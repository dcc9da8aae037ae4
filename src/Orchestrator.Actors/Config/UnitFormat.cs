using System.Globalization;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// HOCON's "units format": a number, optional whitespace and an optional unit made of letters
/// (<c>10s</c>, <c>1.5 h</c>, <c>512 KiB</c>). A bare number is in the family's default unit.
/// One instance per family: durations (counted in ticks) and byte sizes.
/// </summary>
internal sealed class UnitFormat
{
    private readonly Dictionary<string, Int128> _units = new(StringComparer.Ordinal);
    private readonly Int128 _defaultScale;
    private readonly Int128 _divisor;
    private readonly bool _allowNegative;

    private UnitFormat(string description, string unitList, Int128 defaultScale, Int128 divisor, bool allowNegative, params (string Names, Int128 Scale)[] units)
    {
        Description = description;
        UnitList = unitList;
        _defaultScale = defaultScale;
        _divisor = divisor;
        _allowNegative = allowNegative;
        foreach (var (names, scale) in units)
        {
            foreach (var name in names.Split(' '))
            {
                _units.Add(name, scale);
            }
        }
    }

    /// <summary>Durations in <see cref="TimeSpan"/> ticks; scales are in nanoseconds, a bare number is milliseconds.</summary>
    public static UnitFormat Duration { get; } = new(
        "a duration",
        "ns, us, ms, s, m, h, d or their long forms (seconds, minutes...)",
        defaultScale: 1_000_000,
        divisor: 100,
        allowNegative: true,
        ("ns nano nanos nanosecond nanoseconds", 1),
        ("us micro micros microsecond microseconds", 1_000),
        ("ms milli millis millisecond milliseconds", 1_000_000),
        ("s second seconds", 1_000_000_000),
        ("m minute minutes", 60_000_000_000),
        ("h hour hours", 3_600_000_000_000),
        ("d day days", 86_400_000_000_000));

    /// <summary>Sizes in bytes; <c>kB</c> and friends are powers of ten, <c>K</c>, <c>Ki</c>, <c>KiB</c> powers of two.</summary>
    public static UnitFormat ByteSize { get; } = new(
        "a size in bytes",
        "B, kB, KiB, MB, MiB, GB, GiB, TB, TiB (or K, M, G, T and the long forms)",
        defaultScale: 1,
        divisor: 1,
        allowNegative: false,
        ("B b byte bytes", 1),
        ("kB kilobyte kilobytes", 1_000),
        ("MB megabyte megabytes", 1_000_000),
        ("GB gigabyte gigabytes", 1_000_000_000),
        ("TB terabyte terabytes", 1_000_000_000_000),
        ("PB petabyte petabytes", 1_000_000_000_000_000),
        ("EB exabyte exabytes", 1_000_000_000_000_000_000),
        ("K k Ki KiB kibibyte kibibytes", (Int128)1 << 10),
        ("M m Mi MiB mebibyte mebibytes", (Int128)1 << 20),
        ("G g Gi GiB gibibyte gibibytes", (Int128)1 << 30),
        ("T t Ti TiB tebibyte tebibytes", (Int128)1 << 40),
        ("P p Pi PiB pebibyte pebibytes", (Int128)1 << 50),
        ("E e Ei EiB exbibyte exbibytes", (Int128)1 << 60));

    /// <summary>What a value of this family is called in messages ("a duration").</summary>
    public string Description { get; }

    /// <summary>The units this family accepts, for messages.</summary>
    public string UnitList { get; }

    /// <summary>
    /// Parses <paramref name="text"/> into the family's base unit (ticks or bytes). On failure
    /// <paramref name="problem"/> says why, or is null when the text is not a number with a unit at all.
    /// </summary>
    public bool TryParse(string text, out long result, out bool hasUnit, out string? problem)
    {
        result = 0;
        problem = null;
        var trimmed = text.AsSpan().Trim();
        var unitStart = trimmed.Length;
        while (unitStart > 0 && char.IsLetter(trimmed[unitStart - 1]))
        {
            unitStart--;
        }

        var unit = trimmed[unitStart..].ToString();
        var number = trimmed[..unitStart].TrimEnd();
        hasUnit = unit.Length > 0;
        if (number.Length == 0)
        {
            return false;
        }

        var scale = _defaultScale;
        if (hasUnit && !_units.TryGetValue(unit, out scale))
        {
            problem = $"unknown unit '{unit}'; use {UnitList}";
            return false;
        }

        if (!TryScale(number, scale, out result, out problem))
        {
            return false;
        }

        if (result < 0 && !_allowNegative)
        {
            problem = "it must not be negative";
            return false;
        }

        return true;
    }

    private bool TryScale(ReadOnlySpan<char> number, Int128 scale, out long result, out string? problem)
    {
        result = 0;
        problem = null;
        if (long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            var scaled = whole * scale / _divisor;
            if (scaled < long.MinValue || scaled > long.MaxValue)
            {
                problem = "it is out of range";
                return false;
            }

            result = (long)scaled;
            return true;
        }

        if (!double.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var fraction))
        {
            return false;
        }

        var value = Math.Truncate(fraction * (double)scale / (double)_divisor);
        if (!double.IsFinite(value) || value < long.MinValue || value >= long.MaxValue)
        {
            problem = "it is out of range";
            return false;
        }

        result = (long)value;
        return true;
    }
}
