namespace Orchestrator.Actors.Configuration;

/// <summary>
/// A string, number, boolean or null. <see cref="Text"/> keeps numbers as they were written
/// (<c>1e3</c> stays <c>1e3</c>), which HOCON needs for concatenation and path expressions.
/// </summary>
public sealed class ConfigScalar : ConfigValue
{
    private ConfigScalar(ConfigOrigin origin, ConfigValueType type, string text)
        : base(origin)
    {
        ValueType = type;
        Text = text;
    }

    public override ConfigValueType ValueType { get; }

    /// <summary>
    /// The unescaped string, the number as written, <c>true</c>/<c>false</c>, or <c>null</c>.
    /// </summary>
    public string Text { get; }

    internal override bool IsResolved => true;

    internal static ConfigScalar String(ConfigOrigin origin, string text) => new(origin, ConfigValueType.String, text);

    internal static ConfigScalar Number(ConfigOrigin origin, string text) => new(origin, ConfigValueType.Number, text);

    internal static ConfigScalar Boolean(ConfigOrigin origin, bool value) =>
        new(origin, ConfigValueType.Boolean, value ? "true" : "false");

    internal static ConfigScalar Null(ConfigOrigin origin) => new(origin, ConfigValueType.Null, "null");

    internal override string Describe() =>
        ValueType == ConfigValueType.String ? QuotedString.Quote(Text) : Text;
}
