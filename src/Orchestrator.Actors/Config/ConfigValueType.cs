namespace Orchestrator.Actors.Configuration;

/// <summary>The JSON type of a resolved configuration value.</summary>
public enum ConfigValueType
{
    Object,
    List,
    Number,
    String,
    Boolean,
    Null,
}
