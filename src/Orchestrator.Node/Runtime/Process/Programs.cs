namespace Orchestrator.Node.Runtime.Processes;

/// <summary>Finds programs as a shell does: an absolute path as is, a bare name on PATH.</summary>
internal static class Programs
{
    /// <summary>The absolute path of the executable <paramref name="name"/>, or null when there is none.</summary>
    public static string? Resolve(string name, string? path = null)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (name.Contains('/', StringComparison.Ordinal))
        {
            return IsExecutable(name) ? Path.GetFullPath(name) : null;
        }

        foreach (var directory in (path ?? Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (IsExecutable(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The program an image names: the name without registry, repository path, tag or digest
    /// (<c>docker.io/library/busybox:1.36</c> → <c>busybox</c>), or an absolute path without its tag.
    /// </summary>
    public static string ImageProgram(string image)
    {
        var name = image.Split('@')[0];
        var slash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        if (colon > slash)
        {
            name = name[..colon];
        }

        return name.StartsWith('/') ? name : name[(name.LastIndexOf('/') + 1)..];
    }

    private static bool IsExecutable(string file)
    {
        try
        {
            return File.Exists(file)
                && !OperatingSystem.IsWindows()
                && (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
