using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary><see cref="Config.Render"/> writes readable HOCON that parses back to the same settings.</summary>
public sealed class RenderTests
{
    [Fact]
    public void Render_writes_indented_blocks_quoted_strings_and_inline_scalar_lists()
    {
        var config = Hocon.Parse("orch { loglevel = Debug, actor { ask-timeout = 10s, throughput = 30, on = true, none = null, tags = [a, 1] } }\nempty {}");

        Assert.Equal(
            """
            orch {
              loglevel = "Debug"
              actor {
                ask-timeout = "10s"
                throughput = 30
                on = true
                none = null
                tags = ["a", 1]
              }
            }
            empty {}

            """.ReplaceLineEndings("\n"),
            config.Render());
        Assert.Equal(config.Render(), config.ToString());
    }

    [Fact]
    public void Render_quotes_keys_and_escapes_strings_that_need_it()
    {
        var config = Hocon.Parse("\"a.b\" = \"line\\nbreak \\\"quoted\\\"\"\n\"\" = 1\n\"with space\" = 2\n\"7\" = 3\nlist = [{ x = 1 }, [2]]");

        Assert.Equal(
            """
            "a.b" = "line\nbreak \"quoted\""
            "" = 1
            "with space" = 2
            "7" = 3
            list = [
              {
                x = 1
              },
              [2]
            ]

            """.ReplaceLineEndings("\n"),
            config.Render());
    }

    [Fact]
    public void Rendered_text_parses_back_to_the_same_settings()
    {
        var original = ConfigurationFactory.ParseFile(Hocon.Corpus("valid", "tricky.conf"));

        var reparsed = Hocon.Parse(original.Render());

        Assert.Equal(Hocon.Flatten(original), Hocon.Flatten(reparsed));
    }
}
