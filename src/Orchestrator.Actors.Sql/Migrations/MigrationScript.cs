using System.Text.RegularExpressions;

namespace Orchestrator.Actors.Sql.Migrations;

/// <summary>
/// One versioned migration script, embedded as <c>Migrations/&lt;Database&gt;/&lt;component&gt;/V###__description.sql</c>.
/// Scripts are applied in version order and never edited once released: a change is a new version.
/// </summary>
/// <param name="Version">The number after <c>V</c>.</param>
/// <param name="Description">The words after <c>__</c>.</param>
/// <param name="Text">The SQL, with <c>{table}</c> where the configured table name goes.</param>
internal sealed partial record MigrationScript(int Version, string Description, string Text)
{
    private const string ResourcePrefix = "Orchestrator.Actors.Sql.Migrations/";

    /// <summary>The SQL for <paramref name="table"/>.</summary>
    public string For(string table) => Text.Replace("{table}", table, StringComparison.Ordinal);

    /// <summary>The scripts of <paramref name="component"/> (<c>journal</c>, <c>snapshot</c>) for database <paramref name="database"/>, in version order.</summary>
    public static IReadOnlyList<MigrationScript> Load(string database, string component)
    {
        var assembly = typeof(MigrationScript).Assembly;
        var prefix = $"{ResourcePrefix}{database}/{component}/";
        var scripts = new List<MigrationScript>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var match = FileName().Match(name[prefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration script {name} is not named V<number>__<description>.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new MigrationScript(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two {database} {component} migration scripts have version {scripts[i].Version}.");
            }
        }

        return scripts.Count > 0 ? scripts : throw new InvalidOperationException($"No {database} {component} migration scripts are embedded (expected resources named {prefix}V001__*.sql).");
    }

    [GeneratedRegex(@"^V(\d+)__([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
