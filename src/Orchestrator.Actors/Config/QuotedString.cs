using System.Globalization;
using System.Text;

namespace Orchestrator.Actors.Configuration;

/// <summary>JSON string escaping, shared by the lexer, path expressions and the renderer.</summary>
internal static class QuotedString
{
    /// <summary>
    /// Reads a single-line JSON string starting at the opening quote <c>text[pos]</c>. On success
    /// <paramref name="pos"/> is just past the closing quote; on failure it is at the offending character.
    /// </summary>
    public static bool TryRead(string text, ref int pos, StringBuilder value, out string? error)
    {
        var start = pos;
        pos++;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '"')
            {
                pos++;
                error = null;
                return true;
            }

            if (c == '\n')
            {
                break;
            }

            if (c != '\\')
            {
                value.Append(c);
                pos++;
                continue;
            }

            if (!TryReadEscape(text, ref pos, value, out error))
            {
                return false;
            }
        }

        pos = start;
        error = "unterminated quoted string (a quoted string must end on the line it starts; use \"\"\"triple quotes\"\"\" for several lines)";
        return false;
    }

    /// <summary>Quotes <paramref name="text"/> as a JSON string.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A key as it must be written in HOCON: bare when it is a simple word, quoted otherwise.</summary>
    public static string Key(string key)
    {
        if (key.Length == 0 || key == "include" || key[0] == '-' || char.IsAsciiDigit(key[0]))
        {
            return Quote(key);
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return Quote(key);
            }
        }

        return key;
    }

    private static bool TryReadEscape(string text, ref int pos, StringBuilder value, out string? error)
    {
        error = null;
        if (pos + 1 >= text.Length)
        {
            error = "unterminated escape sequence in quoted string";
            return false;
        }

        var escaped = text[pos + 1];
        switch (escaped)
        {
            case '"': value.Append('"'); break;
            case '\\': value.Append('\\'); break;
            case '/': value.Append('/'); break;
            case 'b': value.Append('\b'); break;
            case 'f': value.Append('\f'); break;
            case 'n': value.Append('\n'); break;
            case 'r': value.Append('\r'); break;
            case 't': value.Append('\t'); break;
            case 'u':
                if (pos + 6 > text.Length ||
                    !ushort.TryParse(text.AsSpan(pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    error = "bad unicode escape in quoted string (expected \\u and four hex digits)";
                    return false;
                }

                value.Append((char)code);
                pos += 6;
                return true;
            default:
                error = $"bad escape sequence '\\{escaped}' in quoted string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)";
                return false;
        }

        pos += 2;
        return true;
    }
}
