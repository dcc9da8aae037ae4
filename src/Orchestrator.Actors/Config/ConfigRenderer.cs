using System.Text;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Writes values as HOCON that parses back to the same values: strings always quoted (so <c>"true"</c>
/// stays a string), numbers as written, objects as indented blocks, lists of scalars on one line.
/// Unresolved nodes render as their substitutions, which only matters when debugging.
/// </summary>
internal static class ConfigRenderer
{
    private const int IndentWidth = 2;

    public static string Render(ConfigValue value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>The fields of <paramref name="root"/> without surrounding braces, one per line.</summary>
    public static string RenderFields(ConfigObject root)
    {
        var builder = new StringBuilder();
        WriteFields(builder, root, 0);
        return builder.ToString();
    }

    private static void WriteFields(StringBuilder builder, ConfigObject obj, int depth)
    {
        foreach (var (key, value) in obj)
        {
            builder.Append(' ', depth * IndentWidth).Append(QuotedString.Key(key));
            builder.Append(value is ConfigObject ? " " : " = ");
            Write(builder, value, depth);
            builder.Append('\n');
        }
    }

    private static void Write(StringBuilder builder, ConfigValue value, int depth)
    {
        StackGuard.Ensure(value.Origin);
        switch (value)
        {
            case ConfigObject { Count: 0 }:
                builder.Append("{}");
                break;
            case ConfigObject obj:
                builder.Append("{\n");
                WriteFields(builder, obj, depth + 1);
                builder.Append(' ', depth * IndentWidth).Append('}');
                break;
            case ConfigList list:
                WriteList(builder, list, depth);
                break;
            case ConfigScalar { ValueType: ConfigValueType.String } scalar:
                builder.Append(QuotedString.Quote(scalar.Text));
                break;
            case ConfigScalar scalar:
                builder.Append(scalar.Text);
                break;
            case ConfigConcatenation concatenation:
                foreach (var (gap, part) in concatenation.Parts)
                {
                    builder.Append(gap);
                    Write(builder, part, depth);
                }

                break;
            case ConfigDelayedMerge merge:
                Write(builder, merge.Newer, depth);
                break;
            default:
                builder.Append(value.Describe());
                break;
        }
    }

    private static void WriteList(StringBuilder builder, ConfigList list, int depth)
    {
        if (list.All(item => item is ConfigScalar))
        {
            builder.Append('[');
            for (var i = 0; i < list.Count; i++)
            {
                builder.Append(i == 0 ? "" : ", ");
                Write(builder, list[i], depth);
            }

            builder.Append(']');
            return;
        }

        builder.Append("[\n");
        for (var i = 0; i < list.Count; i++)
        {
            builder.Append(' ', (depth + 1) * IndentWidth);
            Write(builder, list[i], depth + 1);
            builder.Append(i < list.Count - 1 ? ",\n" : "\n");
        }

        builder.Append(' ', depth * IndentWidth).Append(']');
    }
}
