using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>
/// The crash writer (tests/Orchestrator.Actors.Sql.CrashWriter) running as a child process: reads its
/// acknowledgements ("ack &lt;persistence id&gt; &lt;sequence number&gt;") and kills it with SIGKILL.
/// </summary>
internal sealed class CrashWriterProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _errors;

    private CrashWriterProcess(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The highest acknowledged sequence number of each entity.</summary>
    public Dictionary<string, long> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>How many acknowledgements were read.</summary>
    public int Acknowledgements { get; private set; }

    /// <summary>Starts the crash writer on the journal <paramref name="section"/> (HOCON) of a <paramref name="kind"/> database.</summary>
    public static CrashWriterProcess Start(string kind, string section)
    {
        var path = typeof(CrashWriterProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrashWriter").Value!;
        Assert.True(File.Exists(path), $"The crash writer is not built at {path}.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(kind);
        start.ArgumentList.Add(section);
        return new CrashWriterProcess(Process.Start(start) ?? throw new InvalidOperationException("The crash writer did not start."));
    }

    /// <summary>Reads output until <paramref name="count"/> acknowledgements have been seen.</summary>
    public async Task ReadAcknowledgementsAsync(int count, CancellationToken cancellationToken)
    {
        while (Acknowledgements < count)
        {
            var line = await _process.StandardOutput.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                await _process.WaitForExitAsync(cancellationToken);
                Assert.Fail($"The crash writer exited with {_process.ExitCode} after {Acknowledgements} acknowledgements: {await _errors}");
            }

            Record(line);
        }
    }

    /// <summary>SIGKILLs the writer, then reads the acknowledgements it had already written to the pipe.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(cancellationToken);
        while (await _process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            Record(line);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>
    /// Counts a well-formed acknowledgement. The last line may be cut by the kill: a cut number is smaller
    /// than the acknowledged one (so claims less), and a line cut before its number is ignored.
    /// </summary>
    private void Record(string line)
    {
        var parts = line.Split(' ');
        if (parts is ["ack", var persistenceId, var number] && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var sequenceNr))
        {
            Acknowledged[persistenceId] = Math.Max(sequenceNr, Acknowledged.GetValueOrDefault(persistenceId));
            Acknowledgements++;
        }
    }
}
