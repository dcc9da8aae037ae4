namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// A consistent view of a container's log files for a reader: the rotated files (oldest first) and the current
/// one, opened together so that a rotation cannot pull a file from under the reader, with the length of the
/// current file that holds whole entries.
/// </summary>
/// <param name="Rotated">The rotated files, oldest first, open for reading.</param>
/// <param name="Current">The file being written, open for reading; null when there is none yet.</param>
/// <param name="Generation">How many rotations the writer had made (a change means <paramref name="Current"/> was rotated away).</param>
/// <param name="Length">How much of <paramref name="Current"/> holds whole entries.</param>
/// <param name="Completed">True when nothing more will be written (the container has exited, or there is no writer).</param>
/// <param name="Changed">Completes when the writer writes, rotates or completes.</param>
internal sealed record LogSnapshot(
    IReadOnlyList<FileStream> Rotated, FileStream? Current, int Generation, long Length, bool Completed, Task Changed) : IDisposable
{
    /// <summary>Opens every log file of a container that no writer writes.</summary>
    public static LogSnapshot OfFiles(ContainerFiles files, int maxFiles)
    {
        var rotated = new List<FileStream>();
        for (var generation = maxFiles; generation >= 1; generation--)
        {
            if (TryOpen(files.RotatedLog(generation)) is { } stream)
            {
                rotated.Add(stream);
            }
        }

        var current = TryOpen(files.Log);
        return new LogSnapshot(rotated, current, 0, current?.Length ?? 0, Completed: true, Task.CompletedTask);
    }

    /// <summary>Opens a log file for reading while it may be written, rotated or removed; null when it is not there.</summary>
    public static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var stream in Rotated)
        {
            stream.Dispose();
        }
    }
}
