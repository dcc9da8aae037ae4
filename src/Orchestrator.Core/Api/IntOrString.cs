using System.Globalization;
using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>
/// Kubernetes' <c>intstr.IntOrString</c>: a value that is either an integer or a string, such
/// as a probe's port (<c>8080</c> or the name of a container port, <c>"http"</c>). Serialized
/// as a bare JSON number or string.
/// </summary>
/// <remarks>The default value is the integer 0.</remarks>
[JsonConverter(typeof(IntOrStringJsonConverter))]
public readonly record struct IntOrString
{
    private IntOrString(int intValue, string? stringValue)
    {
        IntValue = intValue;
        StringValue = stringValue;
    }

    /// <summary>The integer, when <see cref="IsString"/> is false.</summary>
    public int IntValue { get; }

    /// <summary>The string, when <see cref="IsString"/> is true.</summary>
    public string? StringValue { get; }

    /// <summary>Whether this holds a string rather than an integer.</summary>
    public bool IsString => StringValue is not null;

    /// <summary>An integer value.</summary>
    public static IntOrString FromInt(int value) => new(value, null);

    /// <summary>A string value.</summary>
    public static IntOrString FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(0, value);
    }

    /// <summary>Converts an integer.</summary>
    public static implicit operator IntOrString(int value) => FromInt(value);

    /// <summary>Converts a string.</summary>
    public static implicit operator IntOrString(string value) => FromString(value);

    /// <inheritdoc />
    public override string ToString() =>
        StringValue ?? IntValue.ToString(CultureInfo.InvariantCulture);
}
