using System.Text.Json;
using Orchestrator.Core.Api;

namespace Orchestrator.Core.Tests.Api;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("100m", "100m")]
    [InlineData("0.5", "500m")]
    [InlineData("1.5", "1500m")]
    [InlineData("64Mi", "64Mi")]
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("0.5Gi", "512Mi")]
    [InlineData("1Ki", "1Ki")]
    [InlineData("1536", "1536")]
    [InlineData("0.5Ki", "512")]
    [InlineData("1e3", "1e3")]
    [InlineData("10e2", "1e3")]
    [InlineData("1E3", "1e3")]
    [InlineData("1e-3", "1e-3")]
    [InlineData("2k", "2k")]
    [InlineData("1M", "1M")]
    [InlineData("1000", "1k")]
    [InlineData("1500000", "1500k")]
    [InlineData("1000m", "1")]
    [InlineData("0.001", "1m")]
    [InlineData("0.0001", "100u")]
    [InlineData("1n", "1n")]
    [InlineData("0.1n", "1n")]
    [InlineData("1E", "1E")]
    [InlineData("0", "0")]
    [InlineData("0Mi", "0")]
    [InlineData("-1", "-1")]
    [InlineData("-0.5", "-500m")]
    [InlineData("+2", "2")]
    [InlineData(".5", "500m")]
    [InlineData("5.", "5")]
    [InlineData("1.0", "1")]
    public void Prints_Kubernetes_canonical_form(string text, string canonical)
    {
        Assert.Equal(canonical, Quantity.Parse(text).ToString());
    }

    [Theory]
    [InlineData("100m")]
    [InlineData("64Mi")]
    [InlineData("1536Mi")]
    [InlineData("1e3")]
    [InlineData("2k")]
    [InlineData("1500m")]
    [InlineData("-5Gi")]
    public void Canonical_form_round_trips(string canonical)
    {
        var quantity = Quantity.Parse(canonical);
        var again = Quantity.Parse(quantity.ToString());

        Assert.Equal(canonical, again.ToString());
        Assert.Equal(quantity, again);
        Assert.Equal(quantity.Format, again.Format);
    }

    [Theory]
    [InlineData("100m", 1, 100)]
    [InlineData("0.5", 1, 500)]
    [InlineData("2", 2, 2000)]
    [InlineData("64Mi", 67108864, 67108864000)]
    [InlineData("1.5Gi", 1610612736, 1610612736000)]
    [InlineData("1e3", 1000, 1000000)]
    [InlineData("1n", 1, 1)]
    public void Value_and_MilliValue_round_up(string text, long value, long milli)
    {
        var quantity = Quantity.Parse(text);

        Assert.Equal(value, quantity.Value);
        Assert.Equal(milli, quantity.MilliValue);
    }

    [Fact]
    public void Arithmetic_is_exact_and_keeps_the_left_format()
    {
        var sum = Quantity.Parse("0.1") + Quantity.Parse("0.2");

        Assert.Equal(0.3m, sum.Amount);
        Assert.Equal("300m", sum.ToString());
        Assert.Equal("1Gi", (Quantity.Parse("1536Mi") - Quantity.Parse("512Mi")).ToString());
        Assert.Equal("1025", (Quantity.Parse("1Ki") + Quantity.Parse("1")).ToString());
    }

    [Fact]
    public void Equality_and_order_compare_values_not_formats()
    {
        Assert.Equal(Quantity.Parse("1Ki"), Quantity.Parse("1024"));
        Assert.Equal(Quantity.Parse("1Ki").GetHashCode(), Quantity.Parse("1024").GetHashCode());
        Assert.Equal(Quantity.Parse("1k"), Quantity.Parse("1e3"));
        Assert.NotEqual(Quantity.Parse("1k"), Quantity.Parse("1Ki"));
        Assert.True(Quantity.Parse("999m") < Quantity.Parse("1"));
        Assert.True(Quantity.Parse("1Gi") > Quantity.Parse("1G"));
        Assert.Equal(
            ["100m", "0.5", "1", "1Ki"],
            new[] { "1Ki", "1", "100m", "0.5" }.OrderBy(Quantity.Parse).ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("Mi")]
    [InlineData("1.2.3")]
    [InlineData("1 Mi")]
    [InlineData(" 1")]
    [InlineData("1mi")]
    [InlineData("1KB")]
    [InlineData("1e")]
    [InlineData("1e1.5")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e40")]
    [InlineData("100000000000000000000Ei")]
    public void Bad_input_is_a_FormatException_that_quotes_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => Quantity.Parse(text));

        Assert.Contains($"\"{text}\"", error.Message, StringComparison.Ordinal);
        Assert.False(Quantity.TryParse(text, out _));
    }

    [Fact]
    public void Serializes_as_a_string_and_reads_strings_or_numbers()
    {
        Assert.Equal("\"1536Mi\"", JsonSerializer.Serialize(Quantity.Parse("1.5Gi")));
        Assert.Equal(Quantity.Parse("250m"), JsonSerializer.Deserialize<Quantity>("\"250m\""));
        Assert.Equal(Quantity.Parse("2"), JsonSerializer.Deserialize<Quantity>("2"));
        Assert.Equal(Quantity.Parse("500m"), JsonSerializer.Deserialize<Quantity>("0.5"));
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Quantity>("\"lots\""));
        Assert.Contains("\"lots\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_is_zero()
    {
        Assert.True(default(Quantity).IsZero);
        Assert.Equal("0", Quantity.Zero.ToString());
        Assert.Equal(Quantity.Zero, Quantity.Parse("0Gi"));
    }
}
