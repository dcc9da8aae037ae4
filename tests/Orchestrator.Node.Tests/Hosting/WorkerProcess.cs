using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace Orchestrator.Node.Tests.Hosting;

/// <summary>The real worker executable (Orchestrator.Node) as a child process, its log lines readable in order.</summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];

    private WorkerProcess(Process process) => _process = process;

    /// <summary>Starts the worker with <c>--config <paramref name="configFile"/></c>.</summary>
    public static WorkerProcess Start(string configFile)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "Orchestrator.Node.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(executable);
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(configFile);
        var worker = new WorkerProcess(new Process { StartInfo = info });
        worker._process.OutputDataReceived += (_, e) => worker.Add(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker.Add(e.Data);
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Everything the process printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_seen)
            {
                return string.Join('\n', _seen);
            }
        }
    }

    /// <summary>Reads lines until one matches <paramref name="pattern"/>; returns its match. Fails after <paramref name="timeout"/>.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(deadline.Token);
                if (pattern.Match(line) is { Success: true } match)
                {
                    return match;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"The worker printed no line matching /{pattern}/ within {timeout} ({(_process.HasExited ? $"it exited with code {_process.ExitCode}" : "it still runs")}). Its output:\n{Output}", e);
        }
    }

    /// <summary>Kills the process with SIGKILL, as a crash would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_seen)
        {
            _seen.Add(line);
        }

        _lines.Writer.TryWrite(line);
    }
}
