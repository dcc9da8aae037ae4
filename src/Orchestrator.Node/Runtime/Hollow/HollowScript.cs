using System.Globalization;

namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>A hollow container's command and args, read as steps separated by <c>&amp;&amp;</c>.</summary>
internal static class HollowScript
{
    private const string Separator = "&&";

    /// <summary>The steps of <paramref name="words"/>, or the problem that makes them no script.</summary>
    public static (IReadOnlyList<HollowStep> Steps, string? Problem) Parse(IReadOnlyList<string> words)
    {
        var steps = new List<HollowStep>();
        var start = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && words[i] != Separator)
            {
                continue;
            }

            if (i > start)
            {
                var step = Step(words[start], [.. words.Skip(start + 1).Take(i - start - 1)]);
                if (Check(step) is { } problem)
                {
                    return ([], problem);
                }

                steps.Add(step);
            }

            start = i + 1;
        }

        return (steps, null);
    }

    private static HollowStep Step(string verb, IReadOnlyList<string> args) => new(verb switch
    {
        "echo" => HollowVerb.Echo,
        "echo-err" => HollowVerb.EchoErr,
        "env" => HollowVerb.Env,
        "sleep" => HollowVerb.Sleep,
        "exit" => HollowVerb.Exit,
        "oom" => HollowVerb.Oom,
        "write" => HollowVerb.Write,
        "cat" => HollowVerb.Cat,
        "busy" => HollowVerb.Busy,
        "ignore-sigterm" => HollowVerb.IgnoreSigterm,
        _ => HollowVerb.Run,
    }, args);

    private static string? Check(HollowStep step) => step.Verb switch
    {
        HollowVerb.Sleep when step.Args.Count is < 1 or > 2 || !IsSeconds(step.Args[0]) || (step.Args.Count == 2 && !IsCode(step.Args[1])) =>
            $"sleep takes SECONDS and an optional exit CODE, got \"{string.Join(' ', step.Args)}\"",
        HollowVerb.Exit when step.Args.Count != 1 || !IsCode(step.Args[0]) =>
            $"exit takes one integer CODE, got \"{string.Join(' ', step.Args)}\"",
        HollowVerb.Env or HollowVerb.Cat when step.Args.Count != 1 =>
            $"{Name(step.Verb)} takes one argument, got {step.Args.Count}",
        HollowVerb.Write when step.Args.Count != 2 =>
            $"write takes PATH and TEXT, got {step.Args.Count} arguments",
        _ => null,
    };

    private static string Name(HollowVerb verb) => verb == HollowVerb.Env ? "env" : "cat";

    private static bool IsSeconds(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 1e9;

    private static bool IsCode(string text) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
}
