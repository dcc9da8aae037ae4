using System.Globalization;

namespace Orchestrator.Core.Api;

/// <summary>Kubernetes' canonical form of a quantity.</summary>
public readonly partial record struct Quantity
{
    private static readonly string[] BinaryNames = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];

    private static string Canonical(decimal amount, QuantityFormat format)
    {
        if (amount == 0m)
        {
            return "0";
        }

        // As Kubernetes: a binary quantity below 1Ki or with a fraction prints as decimal SI, never losing precision.
        if (format == QuantityFormat.BinarySI && Math.Abs(amount) >= 1024m && amount == decimal.Truncate(amount))
        {
            return Binary(amount);
        }

        var (mantissa, exponent) = DecimalParts(amount);
        var digits = mantissa.ToString("0", CultureInfo.InvariantCulture);
        if (format == QuantityFormat.DecimalExponent)
        {
            return exponent == 0 ? digits : $"{digits}e{exponent.ToString(CultureInfo.InvariantCulture)}";
        }

        return digits + DecimalSuffix(exponent);
    }

    private static string Binary(decimal amount)
    {
        var power = 0;
        while (power < BinaryNames.Length - 1 && amount % 1024m == 0m)
        {
            amount /= 1024m;
            power++;
        }

        return amount.ToString("0", CultureInfo.InvariantCulture) + BinaryNames[power];
    }

    /// <summary>
    /// The value as an integer mantissa times a power of ten that is a multiple of three, with the
    /// largest such power (so <c>1500</c> stays <c>1500</c> and <c>1000</c> becomes <c>1k</c>).
    /// </summary>
    private static (decimal Mantissa, int Exponent) DecimalParts(decimal amount)
    {
        var exponent = 0;
        while (amount != decimal.Truncate(amount))
        {
            amount *= 1000m;
            exponent -= 3;
        }

        while (exponent < 18 && amount % 1000m == 0m)
        {
            amount /= 1000m;
            exponent += 3;
        }

        return (amount, exponent);
    }

    private static string DecimalSuffix(int exponent) => exponent switch
    {
        -9 => "n",
        -6 => "u",
        -3 => "m",
        0 => "",
        3 => "k",
        6 => "M",
        9 => "G",
        12 => "T",
        15 => "P",
        _ => "E",
    };
}
