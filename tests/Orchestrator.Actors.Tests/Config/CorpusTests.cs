using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>
/// The file corpus: every <c>valid/*.conf</c> must equal its <c>.expected.json</c>; every <c>errors/*.conf</c>
/// must fail where its first line, <c># error: file:line:column message</c>, says.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> ErrorFiles() => FilesIn("errors");

    public static TheoryData<string> ValidFiles() => FilesIn("valid");

    [Theory]
    [MemberData(nameof(ErrorFiles))]
    public void Malformed_file_fails_at_the_position_its_header_names(string file)
    {
        var path = Hocon.Corpus("errors", file);
        var header = File.ReadLines(path).First();
        Assert.StartsWith("# error: ", header, StringComparison.Ordinal);
        var expectation = header["# error: ".Length..];
        var position = expectation[..expectation.IndexOf(' ', StringComparison.Ordinal)];
        var says = expectation[(position.Length + 1)..];

        var error = Assert.Throws<ConfigurationException>(() => ConfigurationFactory.ParseFile(path).Root);

        Assert.Contains($"{position}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(position, error.Origin!.Value.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_file_resolves_to_its_expected_json(string file)
    {
        Environment.SetEnvironmentVariable("ORCH_CORPUS_GREETING", "hello");
        var actual = ConfigurationFactory.ParseFile(Hocon.Corpus("valid", file));
        var expected = ConfigurationFactory.ParseFile(Hocon.Corpus("valid", Path.ChangeExtension(file, ".expected.json")));

        Assert.Equal(Hocon.Flatten(expected), Hocon.Flatten(actual));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
    }

    private static TheoryData<string> FilesIn(string folder) =>
        [.. Directory.GetFiles(Hocon.Corpus(folder), "*.conf").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];
}
