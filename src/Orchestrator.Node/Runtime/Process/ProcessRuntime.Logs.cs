using System.Runtime.CompilerServices;

namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    /// <inheritdoc/>
    public async IAsyncEnumerable<LogLine> ReadLogsAsync(
        string containerId, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await HostAsync();
        var container = Container(containerId);
        var writer = container.Log;
        var snapshot = writer?.Snapshot() ?? LogSnapshot.OfFiles(container.Files, _settings.LogMaxFiles);
        var reader = new CriLogReader();
        var lines = new List<LogLine>();
        var current = snapshot.Current;
        try
        {
            foreach (var rotated in snapshot.Rotated)
            {
                reader.Read(rotated, null, lines);
            }

            if (current is not null)
            {
                reader.Read(current, snapshot.Length, lines);
            }
        }
        finally
        {
            snapshot.Dispose();
        }

        try
        {
            var skip = options.Tail is { } tail ? Math.Max(0, lines.Count - tail) : 0;
            for (var i = skip; i < lines.Count; i++)
            {
                yield return lines[i];
            }

            // Following: each time the writer writes, read on to the length it reports, across its rotations.
            while (options.Follow && writer is not null && !snapshot.Completed)
            {
                await snapshot.Changed.WaitAsync(cancellationToken);
                var next = writer.Snapshot();
                lines.Clear();
                try
                {
                    if (next.Generation != snapshot.Generation || current is null)
                    {
                        // The file we read was rotated away (whole, so read it to its end) and a new one begun.
                        // (Files rotated away in between, when the log outran us, are skipped.)
                        if (current is not null)
                        {
                            reader.Read(current, null, lines);
                            await current.DisposeAsync();
                        }

                        current = next.Current;
                        next = next with { Current = null };
                    }

                    if (current is not null)
                    {
                        reader.Read(current, next.Length, lines);
                    }
                }
                finally
                {
                    next.Dispose();
                    next.Current?.Dispose();
                }

                foreach (var line in lines)
                {
                    yield return line;
                }

                snapshot = next;
            }
        }
        finally
        {
            if (current is not null)
            {
                await current.DisposeAsync();
            }
        }
    }
}
