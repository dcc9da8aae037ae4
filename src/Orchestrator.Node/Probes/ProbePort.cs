using System.Globalization;
using Orchestrator.Core.Api;

namespace Orchestrator.Node.Probes;

/// <summary>Resolves a probe's port, a number or the name of a container port, as the kubelet does.</summary>
internal static class ProbePort
{
    /// <summary>The port number, or null with <paramref name="error"/> saying why it cannot be resolved.</summary>
    public static int? Resolve(IntOrString port, ProbeTarget target, out string? error)
    {
        error = null;
        int number;
        if (!port.IsString)
        {
            number = port.IntValue;
        }
        else if (int.TryParse(port.StringValue, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
        }
        else if (!target.NamedPorts.TryGetValue(port.StringValue!, out number))
        {
            error = $"the container has no port named \"{port.StringValue}\"";
            return null;
        }

        if (number is < 1 or > 65535)
        {
            error = $"port {number} is out of range 1-65535";
            return null;
        }

        return number;
    }
}
