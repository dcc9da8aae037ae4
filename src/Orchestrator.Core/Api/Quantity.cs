using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>
/// A resource quantity as Kubernetes writes it (<c>resource.Quantity</c>): a decimal number with
/// an optional suffix, binary SI (<c>64Mi</c>, <c>1.5Gi</c>), decimal SI (<c>100m</c>, <c>2k</c>,
/// <c>1M</c>) or a decimal exponent (<c>1e3</c>). The value is exact (a <see cref="decimal"/>,
/// rounded up to nano units as Kubernetes does); it prints in Kubernetes' canonical form, in the
/// format it was parsed from (<c>0.5</c> is <c>500m</c>, <c>1.5Gi</c> is <c>1536Mi</c>). Two
/// quantities are equal when their values are, whatever their formats.
/// </summary>
[JsonConverter(typeof(QuantityJsonConverter))]
public readonly partial record struct Quantity : IComparable<Quantity>, IComparable
{
    private Quantity(decimal amount, QuantityFormat format)
    {
        Amount = amount;
        Format = format;
    }

    /// <summary>Zero.</summary>
    public static Quantity Zero => default;

    /// <summary>The exact value in base units (cores, bytes).</summary>
    public decimal Amount { get; }

    /// <summary>The format it prints in.</summary>
    public QuantityFormat Format { get; }

    /// <summary>The value in base units, rounded up to a whole number (Kubernetes' <c>Value()</c>).</summary>
    /// <exception cref="OverflowException">It does not fit a <see cref="long"/>.</exception>
    public long Value => (long)RoundAwayFromZero(Amount);

    /// <summary>The value in thousandths, rounded up (Kubernetes' <c>MilliValue()</c>: CPU in millicores).</summary>
    /// <exception cref="OverflowException">It does not fit a <see cref="long"/>.</exception>
    public long MilliValue => (long)RoundAwayFromZero(Amount * 1000m);

    /// <summary>True when the value is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>A quantity of <paramref name="amount"/> base units, printed in <paramref name="format"/>.</summary>
    public static Quantity FromDecimal(decimal amount, QuantityFormat format = QuantityFormat.DecimalSI) =>
        new(RoundToNano(amount), format);

    /// <summary>A quantity of <paramref name="milli"/> thousandths (e.g. millicores), decimal SI.</summary>
    public static Quantity FromMilli(long milli) => new(milli / 1000m, QuantityFormat.DecimalSI);

    /// <summary>A quantity of bytes, binary SI (as memory is usually written).</summary>
    public static Quantity FromBytes(long bytes) => new(bytes, QuantityFormat.BinarySI);

    /// <summary>The sum, in the left operand's format.</summary>
    public static Quantity operator +(Quantity left, Quantity right) => new(left.Amount + right.Amount, left.Format);

    /// <summary>The difference, in the left operand's format.</summary>
    public static Quantity operator -(Quantity left, Quantity right) => new(left.Amount - right.Amount, left.Format);

    /// <summary>Compares values.</summary>
    public static bool operator <(Quantity left, Quantity right) => left.Amount < right.Amount;

    /// <summary>Compares values.</summary>
    public static bool operator >(Quantity left, Quantity right) => left.Amount > right.Amount;

    /// <summary>Compares values.</summary>
    public static bool operator <=(Quantity left, Quantity right) => left.Amount <= right.Amount;

    /// <summary>Compares values.</summary>
    public static bool operator >=(Quantity left, Quantity right) => left.Amount >= right.Amount;

    /// <summary>The sum, in the left operand's format.</summary>
    public Quantity Add(Quantity other) => this + other;

    /// <summary>The difference, in the left operand's format.</summary>
    public Quantity Subtract(Quantity other) => this - other;

    /// <inheritdoc />
    public int CompareTo(Quantity other) => Amount.CompareTo(other.Amount);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Quantity other => CompareTo(other),
        _ => throw new ArgumentException($"A Quantity cannot be compared with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equal values, whatever the formats (<c>1Ki</c> equals <c>1024</c>).</summary>
    public bool Equals(Quantity other) => Amount == other.Amount;

    /// <inheritdoc />
    public override int GetHashCode() => Amount.GetHashCode();

    /// <summary>The canonical form, e.g. <c>500m</c>, <c>1536Mi</c>, <c>1e3</c>.</summary>
    public override string ToString() => Canonical(Amount, Format);

    private static decimal RoundAwayFromZero(decimal value) =>
        value >= 0 ? decimal.Ceiling(value) : decimal.Floor(value);

    /// <summary>Kubernetes keeps nano precision: anything finer is rounded up (away from zero).</summary>
    private static decimal RoundToNano(decimal value)
    {
        var rounded = decimal.Round(value, 9, MidpointRounding.AwayFromZero);
        if (rounded == value)
        {
            return value;
        }

        var step = value > 0 ? 0.000000001m : -0.000000001m;
        return decimal.Round(value, 9, MidpointRounding.ToZero) + step;
    }
}
