using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Orchestrator.Core.Api;

/// <summary>Reading Kubernetes' quantity grammar: <c>[+-]digits[.digits][suffix]</c>.</summary>
public readonly partial record struct Quantity
{
    private static readonly (string Suffix, decimal Multiplier)[] BinarySuffixes =
    [
        ("Ki", 1024m), ("Mi", 1048576m), ("Gi", 1073741824m), ("Ti", 1099511627776m),
        ("Pi", 1125899906842624m), ("Ei", 1152921504606846976m),
    ];

    /// <summary>Parses a quantity such as <c>100m</c>, <c>0.5</c>, <c>64Mi</c>, <c>1.5Gi</c>, <c>1e3</c>, <c>2k</c>.</summary>
    /// <exception cref="FormatException">The text is not a quantity; the message quotes it.</exception>
    public static Quantity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var quantity, out var problem)
            ? quantity
            : throw new FormatException($"\"{text}\" is not a quantity: {problem}. Write a number with an optional suffix, e.g. 100m, 0.5, 64Mi, 1.5Gi, 1e3.");
    }

    /// <summary>Parses a quantity; false when the text is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quantity quantity) =>
        TryParse(text, out quantity, out _);

    private static bool TryParse(string? text, out Quantity quantity, out string problem)
    {
        quantity = default;
        if (string.IsNullOrEmpty(text))
        {
            problem = "it is empty";
            return false;
        }

        var numberEnd = NumberEnd(text);
        var number = text[..numberEnd];
        if (!HasDigit(number))
        {
            problem = "it does not start with a number";
            return false;
        }

        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mantissa))
        {
            problem = "the number is out of range";
            return false;
        }

        if (!TryScale(text[numberEnd..], mantissa, out var amount, out var format, out problem))
        {
            return false;
        }

        quantity = new Quantity(RoundToNano(amount), format);
        return true;
    }

    /// <summary>The end of <c>[+-]digits[.digits]</c> at the start of the text.</summary>
    private static int NumberEnd(string text)
    {
        var i = text[0] is '+' or '-' ? 1 : 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static bool HasDigit(string number)
    {
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryScale(string suffix, decimal mantissa, out decimal amount, out QuantityFormat format, out string problem)
    {
        amount = 0;
        format = QuantityFormat.DecimalSI;
        problem = "";
        try
        {
            foreach (var (binary, multiplier) in BinarySuffixes)
            {
                if (suffix == binary)
                {
                    format = QuantityFormat.BinarySI;
                    amount = mantissa * multiplier;
                    return true;
                }
            }

            if (DecimalExponent(suffix) is { } siExponent)
            {
                amount = mantissa * Pow10(siExponent);
                return true;
            }

            if (suffix.Length > 1 && suffix[0] is 'e' or 'E')
            {
                if (!int.TryParse(suffix.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent) || !IsInteger(suffix.AsSpan(1)))
                {
                    problem = $"the exponent \"{suffix}\" is not an integer";
                    return false;
                }

                format = QuantityFormat.DecimalExponent;
                amount = mantissa * Pow10(exponent);
                return true;
            }

            problem = $"the suffix \"{suffix}\" is unknown (binary: Ki Mi Gi Ti Pi Ei; decimal: n u m k M G T P E; exponent: e3)";
            return false;
        }
        catch (OverflowException)
        {
            problem = "it is out of range";
            return false;
        }
    }

    private static bool IsInteger(ReadOnlySpan<char> text)
    {
        var digits = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        return digits.Length > 0 && !digits.ContainsAnyExcept("0123456789");
    }

    /// <summary>The power of ten of a decimal SI suffix, or null when it is not one.</summary>
    private static int? DecimalExponent(string suffix) => suffix switch
    {
        "n" => -9,
        "u" => -6,
        "m" => -3,
        "" => 0,
        "k" => 3,
        "M" => 6,
        "G" => 9,
        "T" => 12,
        "P" => 15,
        "E" => 18,
        _ => null,
    };

    private static decimal Pow10(int exponent)
    {
        if (exponent is > 28 or < -28)
        {
            throw new OverflowException();
        }

        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }

        return exponent >= 0 ? result : 1m / result;
    }
}
