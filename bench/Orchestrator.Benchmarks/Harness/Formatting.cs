using System.Globalization;

namespace Orchestrator.Benchmarks.Harness;

/// <summary>How numbers look in tables and progress lines: grouped digits, a few significant decimals.</summary>
public static class Formatting
{
    /// <summary>Large numbers with digit groups and no decimals; small ones with up to three decimals.</summary>
    public static string Number(double value) =>
        Math.Abs(value) >= 1000
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A ratio with two decimals, as <c>0.83x</c>.</summary>
    public static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    /// <summary>A rate in millions, as <c>5.21 M/s</c>, for progress lines.</summary>
    public static string Rate(double perSecond) =>
        (perSecond / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + " M/s";

    /// <summary>Rounds a figure for the JSON line: three decimals are more than any of these measurements can tell.</summary>
    public static double ForJson(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
