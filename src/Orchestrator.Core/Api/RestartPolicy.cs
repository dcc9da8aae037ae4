using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>When a pod's containers are restarted after they exit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RestartPolicy>))]
public enum RestartPolicy
{
    /// <summary>Always restart, whatever the exit code.</summary>
    Always,

    /// <summary>Restart only after a non-zero exit code.</summary>
    OnFailure,

    /// <summary>Never restart.</summary>
    Never,
}
