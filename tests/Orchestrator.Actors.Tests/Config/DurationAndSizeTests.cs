namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>HOCON's units format: durations and byte sizes in every unit HOCON names.</summary>
public sealed class DurationAndSizeTests
{
    [Theory]
    [InlineData("250", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("\"250\"", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1.5", 15_000)]
    [InlineData("500ns", 5)]
    [InlineData("3us", 30)]
    [InlineData("3 microseconds", 30)]
    [InlineData("10ms", 10 * TimeSpan.TicksPerMillisecond)]
    [InlineData("10 milliseconds", 10 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1.5s", 15_000_000)]
    [InlineData("5 seconds", 5 * TimeSpan.TicksPerSecond)]
    [InlineData("1 second", TimeSpan.TicksPerSecond)]
    [InlineData("2m", 2 * TimeSpan.TicksPerMinute)]
    [InlineData("1 minute", TimeSpan.TicksPerMinute)]
    [InlineData("3h", 3 * TimeSpan.TicksPerHour)]
    [InlineData("2 hours", 2 * TimeSpan.TicksPerHour)]
    [InlineData("1d", TimeSpan.TicksPerDay)]
    [InlineData("7 days", 7 * TimeSpan.TicksPerDay)]
    [InlineData("-1s", -TimeSpan.TicksPerSecond)]
    [InlineData("1e3ms", TimeSpan.TicksPerSecond)]
    public void Durations_read_in_every_unit_and_bare_numbers_are_milliseconds(string written, long ticks)
    {
        Assert.Equal(TimeSpan.FromTicks(ticks), Hocon.Parse($"d = {written}").GetTimeSpan("d"));
    }

    [Fact]
    public void Infinite_duration_is_the_infinite_timeout()
    {
        Assert.Equal(Timeout.InfiniteTimeSpan, Hocon.Parse("d = infinite").GetTimeSpan("d"));
    }

    [Theory]
    [InlineData("512", 512L)]
    [InlineData("1B", 1L)]
    [InlineData("2 bytes", 2L)]
    [InlineData("1kB", 1_000L)]
    [InlineData("1 kilobyte", 1_000L)]
    [InlineData("1K", 1_024L)]
    [InlineData("1k", 1_024L)]
    [InlineData("1Ki", 1_024L)]
    [InlineData("1KiB", 1_024L)]
    [InlineData("1.5 KiB", 1_536L)]
    [InlineData("1MB", 1_000_000L)]
    [InlineData("1MiB", 1_048_576L)]
    [InlineData("1M", 1_048_576L)]
    [InlineData("1 mebibyte", 1_048_576L)]
    [InlineData("2GB", 2_000_000_000L)]
    [InlineData("2GiB", 2_147_483_648L)]
    [InlineData("1TB", 1_000_000_000_000L)]
    [InlineData("1TiB", 1_099_511_627_776L)]
    [InlineData("7 EiB", 8_070_450_532_247_928_832L)]
    public void Sizes_read_in_decimal_and_binary_units(string written, long bytes)
    {
        Assert.Equal(bytes, Hocon.Parse($"s = {written}").GetByteSize("s"));
    }
}
