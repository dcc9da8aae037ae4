using System.CommandLine;
using Orchestrator.Console.Commands;

namespace Orchestrator.Console.Tests.Commands;

// One class: the commands write to the process's console, which these tests redirect.
public sealed class ConfigCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("orchctl-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Check_accepts_a_valid_file()
    {
        var file = Write("orch.loglevel = Debug\n");

        var (code, output, error) = Run("config", "check", file);

        Assert.Equal(0, code);
        Assert.Contains(": ok (", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Check_reports_an_unknown_key_with_its_line_and_fails()
    {
        var file = Write("orch {\n  actor.throughputt = 3\n}\n");

        var (code, _, error) = Run("config", "check", file);

        Assert.Equal(1, code);
        Assert.Contains("throughputt", error, StringComparison.Ordinal);
        Assert.Contains("process.conf:2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_effective_subtree()
    {
        var file = Write("orch.actor.default-dispatcher.throughput = 12\n");

        var (code, output, _) = Run("config", "show", file, "orch.actor.default-dispatcher");

        Assert.Equal(0, code);
        Assert.Contains("throughput", output, StringComparison.Ordinal);
        Assert.Contains("12", output, StringComparison.Ordinal);
        Assert.DoesNotContain("coordinated-shutdown", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_path_that_is_not_set_fails_clearly()
    {
        var (code, _, error) = Run("config", "show", Write("\n"), "orch.nothing");

        Assert.Equal(1, code);
        Assert.Contains("orch.nothing", error, StringComparison.Ordinal);
    }

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "process.conf");
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (previousOut, previousError) = (System.Console.Out, System.Console.Error);
        System.Console.SetOut(output);
        System.Console.SetError(error);
        try
        {
            var root = new RootCommand { ConfigCommands.Create() };
            var code = root.Parse(args).Invoke();
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            System.Console.SetOut(previousOut);
            System.Console.SetError(previousError);
        }
    }
}
