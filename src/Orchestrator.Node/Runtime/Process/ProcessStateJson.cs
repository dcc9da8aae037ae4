using System.Text.Json.Serialization;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>The JSON of the process runtime's state files (source-generated).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ContainerRecord))]
[JsonSerializable(typeof(SandboxRecord))]
internal sealed partial class ProcessStateJson : JsonSerializerContext;
