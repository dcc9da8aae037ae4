using System.Text.RegularExpressions;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Sql;

/// <summary>Reads and validates the settings every SQL plugin shares.</summary>
internal static partial class SqlSettingsReader
{
    /// <summary>A table name: an unquoted SQL identifier, used as-is in statements and migration scripts.</summary>
    public static string Table(Config config, string key, string plugin)
    {
        var name = config.GetString(key);
        if (!Identifier().IsMatch(name))
        {
            throw new ConfigurationException($"{plugin}: {key} = \"{name}\" is not a table name: use letters, digits and '_', starting with a letter or '_', at most 48 characters.");
        }

        return name;
    }

    /// <summary>An integer setting of at least <paramref name="minimum"/>.</summary>
    public static int AtLeast(Config config, string key, int minimum, string plugin)
    {
        var value = config.GetInt(key);
        if (value < minimum)
        {
            throw new ConfigurationException($"{plugin}: {key} must be at least {minimum}, got {value}.");
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,47}$")]
    private static partial Regex Identifier();
}
