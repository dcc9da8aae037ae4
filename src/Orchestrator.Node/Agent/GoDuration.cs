using System.Globalization;

namespace Orchestrator.Node.Agent;

/// <summary>Durations written as Go's <c>time.Duration.String()</c> writes them, as Kubernetes' messages show them: <c>10s</c>, <c>2m40s</c>, <c>5m0s</c>.</summary>
internal static class GoDuration
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return duration == TimeSpan.Zero ? "0s" : $"{duration.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)}ms";
        }

        var seconds = (duration.TotalSeconds % 60).ToString("0.#########", CultureInfo.InvariantCulture) + "s";
        var minutes = (long)duration.TotalMinutes;
        if (minutes == 0)
        {
            return seconds;
        }

        var hours = minutes / 60;
        return hours == 0
            ? $"{minutes}m{seconds}"
            : $"{hours.ToString(CultureInfo.InvariantCulture)}h{(minutes % 60).ToString(CultureInfo.InvariantCulture)}m{seconds}";
    }
}
