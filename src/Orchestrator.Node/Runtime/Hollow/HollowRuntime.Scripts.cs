namespace Orchestrator.Node.Runtime.Hollow;

public sealed partial class HollowRuntime
{
    /// <summary>Runs a started container's script; its end is the container's exit, unless it runs until stopped.</summary>
    private async Task RunScriptAsync(HollowContainer container, IReadOnlyList<HollowStep> steps)
    {
        try
        {
            var outcome = await InterpretAsync(container, steps, container.Log.Append, container.Lifetime.Token).ConfigureAwait(false);
            if (outcome is { } end)
            {
                TryExit(container, end.ExitCode, end.Reason, null);
            }
        }
        catch (OperationCanceledException)
        {
            // The container exited (stopped, killed, crashed) or was removed while its script slept.
        }
    }

    /// <summary>
    /// Interprets <paramref name="steps"/> for <paramref name="container"/>, writing output to <paramref name="write"/>.
    /// Null when the script reached a step that runs until stopped.
    /// </summary>
    private async Task<ScriptEnd?> InterpretAsync(
        HollowContainer container, IReadOnlyList<HollowStep> steps, Action<LogStream, string> write, CancellationToken cancellationToken)
    {
        foreach (var step in steps)
        {
            switch (step.Verb)
            {
                case HollowVerb.Echo or HollowVerb.EchoErr:
                    var stream = step.Verb == HollowVerb.Echo ? LogStream.Stdout : LogStream.Stderr;
                    foreach (var word in step.Args)
                    {
                        write(stream, word);
                    }

                    break;
                case HollowVerb.Env:
                    write(LogStream.Stdout, container.Config.Env.LastOrDefault(e => e.Key == step.Args[0]).Value ?? "");
                    break;
                case HollowVerb.Sleep:
                    await Task.Delay(step.Duration, _time, cancellationToken).ConfigureAwait(false);
                    if (step.Args.Count == 2)
                    {
                        return Exit(step.ExitCode(1));
                    }

                    break;
                case HollowVerb.Exit:
                    return Exit(step.ExitCode(0));
                case HollowVerb.Oom:
                    return new ScriptEnd(137, "OOMKilled");
                case HollowVerb.Write or HollowVerb.Cat:
                    if (FileStep(container, step, write) is { } failed)
                    {
                        return failed;
                    }

                    break;
                default:
                    lock (_gate)
                    {
                        container.Busy |= step.Verb == HollowVerb.Busy;
                        container.IgnoresSigterm |= step.Verb == HollowVerb.IgnoreSigterm;
                    }

                    return null;
            }
        }

        return Exit(0);
    }

    /// <summary>A <c>write</c> or <c>cat</c> in a mounted volume; an end with exit code 1 when it fails.</summary>
    private ScriptEnd? FileStep(HollowContainer container, HollowStep step, Action<LogStream, string> write)
    {
        try
        {
            var file = HollowVolumes.Resolve(container, step.Args[0], forWriting: step.Verb == HollowVerb.Write);
            if (step.Verb == HollowVerb.Write)
            {
                lock (_gate)
                {
                    file.Write(step.Args[1]);
                }

                return null;
            }

            string text;
            lock (_gate)
            {
                text = file.Read();
            }

            foreach (var line in text.Split('\n').SkipLast(text.EndsWith('\n') ? 1 : 0))
            {
                write(LogStream.Stdout, line);
            }

            return null;
        }
        catch (IOException e)
        {
            write(LogStream.Stderr, $"{(step.Verb == HollowVerb.Write ? "write" : "cat")}: {step.Args[0]}: {e.Message}");
            return Exit(1);
        }
    }

    private static ScriptEnd Exit(int code) => new(code, code == 0 ? "Completed" : "Error");

    /// <summary>How a script ended: its exit code and Kubernetes' reason.</summary>
    private readonly record struct ScriptEnd(int ExitCode, string Reason);
}
