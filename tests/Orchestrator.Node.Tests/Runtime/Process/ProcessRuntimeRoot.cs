using Orchestrator.Node.Runtime.Processes;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>A root directory of its own for each test's process runtimes, deleted after it (with the containers' files).</summary>
internal sealed class ProcessRuntimeRoot : IDisposable
{
    public ProcessRuntimeRoot() => Directory = System.IO.Directory.CreateTempSubdirectory("orch-process-").FullName;

    /// <summary>The root directory.</summary>
    public string Directory { get; }

    /// <summary>The default settings over this root directory, with <paramref name="change"/> applied.</summary>
    public ProcessSettings Settings(Func<ProcessSettings, ProcessSettings>? change = null)
    {
        var settings = ProcessSettings.Default with { RootDirectory = Directory };
        return change is null ? settings : change(settings);
    }

    /// <summary>A new runtime instance over this root directory (what a restarted agent makes).</summary>
    public ProcessRuntime NewRuntime(Func<ProcessSettings, ProcessSettings>? change = null) => new(Settings(change));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A container left running by a failed test still writes there; the temp directory is the OS's to clean.
        }
    }
}
