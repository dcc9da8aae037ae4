namespace Orchestrator.Core.Api;

/// <summary>How a <see cref="Quantity"/> is written; kept from the text it was parsed from.</summary>
public enum QuantityFormat
{
    /// <summary>Decimal SI suffixes: <c>n u m k M G T P E</c> (<c>500m</c>, <c>2k</c>).</summary>
    DecimalSI,

    /// <summary>Binary SI suffixes: <c>Ki Mi Gi Ti Pi Ei</c> (<c>64Mi</c>).</summary>
    BinarySI,

    /// <summary>A decimal exponent: <c>1e3</c>.</summary>
    DecimalExponent,
}
