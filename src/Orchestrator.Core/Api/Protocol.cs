using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>A network protocol of a port, spelled as Kubernetes does.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Protocol>))]
public enum Protocol
{
    /// <summary>TCP.</summary>
    TCP,

    /// <summary>UDP.</summary>
    UDP,

    /// <summary>SCTP.</summary>
    SCTP,
}
