using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>Shorthands for the HOCON tests: parse inline text as "test.conf", capture errors, find corpus files.</summary>
internal static class Hocon
{
    public const string Source = "test.conf";

    public static Config Parse(string text) => ConfigurationFactory.ParseString(text, Source);

    /// <summary>The error parsing <paramref name="text"/> raises.</summary>
    public static ConfigurationException ParseError(string text) =>
        Assert.Throws<ConfigurationException>(() => ConfigurationFactory.ParseString(text, Source));

    /// <summary>The error raised when <paramref name="text"/> parses but its substitutions cannot be resolved.</summary>
    public static ConfigurationException ResolveError(string text)
    {
        var config = Parse(text);
        return Assert.Throws<ConfigurationException>(() => config.Root);
    }

    /// <summary>Asserts the error points at <paramref name="line"/>:<paramref name="column"/> of test.conf and says <paramref name="says"/>.</summary>
    public static void AssertAt(ConfigurationException error, int line, int column, string says)
    {
        Assert.Equal(new ConfigOrigin(Source, line, column), error.Origin);
        Assert.StartsWith($"{Source}:{line}:{column}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    public static string Corpus(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Config", "Corpus", .. parts]);

    /// <summary>The repository root: the first folder above the test binaries that holds Orchestrator.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Orchestrator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Orchestrator.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>An environment variable name no other test uses, set to <paramref name="value"/> for the test process.</summary>
    public static string SetUniqueEnvironmentVariable(string value)
    {
        var name = $"ORCH_HOCON_TEST_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(name, value);
        return name;
    }

    /// <summary>Every leaf as "path = value", sorted: a canonical form for comparing whole configs.</summary>
    public static string Flatten(Config config) =>
        string.Join('\n', config.AsEnumerable().Select(leaf => $"{leaf.Key} = {leaf.Value.ValueType}:{leaf.Value}").Order(StringComparer.Ordinal));
}
