using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Node.Tests.Runtime.Docker;

public sealed class DockerTimeTests
{
    [Fact]
    public void Parses_nanosecond_timestamps_to_the_tick()
    {
        var parsed = DockerTime.Parse("2026-11-22T02:07:26.928692619Z");

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 2, 7, 26, TimeSpan.Zero).AddTicks(9_286_926), parsed);
    }

    [Theory]
    [InlineData("2024-05-01T10:00:00Z", 0)]
    [InlineData("2024-05-01T12:00:00.5+02:00", 500)]
    public void Parses_timestamps_with_few_or_no_fraction_digits_and_offsets(string text, int milliseconds) =>
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, milliseconds, TimeSpan.Zero), DockerTime.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0001-01-01T00:00:00Z")]
    public void Go_zero_time_and_nothing_mean_never(string? text) => Assert.Null(DockerTime.Parse(text));

    [Fact]
    public void Splits_the_timestamp_off_a_log_line_and_keeps_the_rest_as_is()
    {
        Assert.True(DockerTime.TrySplitLogLine("2024-05-01T10:00:00.000000001Z  two spaces kept", out var timestamp, out var text));

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), timestamp);
        Assert.Equal(" two spaces kept", text);
    }

    [Theory]
    [InlineData("no timestamp here")]
    [InlineData("")]
    [InlineData("2024-13-45T99:00:00Z not a date")]
    public void A_line_without_a_timestamp_is_left_whole(string line)
    {
        Assert.False(DockerTime.TrySplitLogLine(line, out _, out var text));

        Assert.Equal(line, text);
    }
}
