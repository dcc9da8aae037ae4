using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>When the node pulls a container's image.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImagePullPolicy>))]
public enum ImagePullPolicy
{
    /// <summary>Pull on every start.</summary>
    Always,

    /// <summary>Pull only when the image is not present.</summary>
    IfNotPresent,

    /// <summary>Never pull: a missing image is ErrImageNeverPull.</summary>
    Never,
}
