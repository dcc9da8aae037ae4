using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>The status of a condition, spelled as Kubernetes does.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConditionStatus>))]
public enum ConditionStatus
{
    /// <summary>The condition holds.</summary>
    True,

    /// <summary>The condition does not hold.</summary>
    False,

    /// <summary>It cannot be told whether the condition holds.</summary>
    Unknown,
}
