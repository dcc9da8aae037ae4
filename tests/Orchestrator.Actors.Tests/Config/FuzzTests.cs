using System.Text;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>
/// Whatever the input, parsing, resolving, reading and rendering either succeed or throw
/// <see cref="ConfigurationException"/>: never another exception, never a crash. Seeds are fixed so a
/// failure reproduces.
/// </summary>
public sealed class FuzzTests
{
    private const string Alphabet = "abc.=:{}[],\n\n  \"\"\"$?{}#/+-0123456789e\\u\t\rtruefalsenull include( )*!";

    [Fact]
    public void Random_input_only_ever_raises_configuration_errors()
    {
        var random = new Random(20_240_601);
        var text = new StringBuilder();
        for (var run = 0; run < 4_000; run++)
        {
            text.Clear();
            var length = random.Next(1, 60);
            for (var i = 0; i < length; i++)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            AssertOnlyConfigurationErrors(text.ToString());
        }
    }

    [Fact]
    public void Every_truncation_of_a_valid_file_only_raises_configuration_errors()
    {
        var text = File.ReadAllText(Hocon.Corpus("valid", "tricky.conf"));

        for (var length = 0; length <= text.Length; length++)
        {
            AssertOnlyConfigurationErrors(text[..length]);
        }
    }

    [Fact]
    public void Single_character_mutations_of_a_valid_file_only_raise_configuration_errors()
    {
        var text = File.ReadAllText(Hocon.Corpus("valid", "tricky.conf"));
        var random = new Random(7);

        for (var run = 0; run < 1_500; run++)
        {
            var at = random.Next(text.Length);
            var mutated = random.Next(3) switch
            {
                0 => text.Remove(at, 1),
                1 => text.Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString()),
                _ => text.Remove(at, 1).Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString()),
            };
            AssertOnlyConfigurationErrors(mutated);
        }
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("a = [")]
    [InlineData("a = {")]
    [InlineData("a = ${b} [")]
    public void Pathological_nesting_only_raises_configuration_errors(string unit)
    {
        AssertOnlyConfigurationErrors(string.Concat(Enumerable.Repeat(unit, 20_000)));
    }

    private static void AssertOnlyConfigurationErrors(string text)
    {
        try
        {
            var config = ConfigurationFactory.ParseString(text, "fuzz.conf");
            _ = config.Render();
            foreach (var (path, _) in config.AsEnumerable())
            {
                _ = config.GetString(path, "");
            }

            _ = config.WithFallback(config).Render();
        }
        catch (ConfigurationException)
        {
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name} for input {QuotedString.Quote(text)}: {e}");
        }
    }
}
