using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// The records of the process runtime's containers, one JSON line each, appended to one file
/// (<c>root-dir/containers.jsonl</c>) as they are created: an append to an open file, where a file per container
/// was a metadata write (an inode and a directory entry) on the path of every start. A record is live while its
/// container's directory exists (removing a container deletes it). The file is rewritten with the live records
/// (a temporary file renamed over it) when a runtime instance opens it, and when dead lines outnumber live ones.
/// A line cut short by a crash does not parse and is skipped: the creation it was part of never returned.
/// </summary>
internal sealed class ContainerJournal : IDisposable
{
    /// <summary>Dead lines tolerated beyond the live ones before the file is rewritten.</summary>
    private const int Slack = 64;

    private static readonly JsonTypeInfo<ContainerRecord> Line =
        new ProcessStateJson(new JsonSerializerOptions(ProcessStateJson.Default.Options) { WriteIndented = false }).ContainerRecord;

    private readonly Lock _sync = new();
    private readonly string _path;
    private readonly Dictionary<string, ContainerRecord> _live;
    private FileStream _file;
    private int _lines;

    private ContainerJournal(string path, IEnumerable<ContainerRecord> records)
    {
        _path = path;
        _live = records.ToDictionary(record => record.Id, StringComparer.Ordinal);
        _file = Rewrite(path, _live.Values);
        _lines = _live.Count;
    }

    /// <summary>The records in <paramref name="path"/> that <paramref name="live"/> keeps, by container id; none when there is no such file.</summary>
    public static Dictionary<string, ContainerRecord> Read(string path, Func<ContainerRecord, bool> live)
    {
        var records = new Dictionary<string, ContainerRecord>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return records;
        }

        foreach (var line in File.ReadLines(path))
        {
            try
            {
                if (line.Length > 0 && JsonSerializer.Deserialize(line, Line) is { } record && live(record))
                {
                    records[record.Id] = record;
                }
            }
            catch (JsonException)
            {
                // Cut short by a crash mid-append: that creation never returned.
            }
        }

        return records;
    }

    /// <summary>Rewrites <paramref name="path"/> with the live <paramref name="records"/> and opens it for appending.</summary>
    public static ContainerJournal Open(string path, IEnumerable<ContainerRecord> records) => new(path, records);

    /// <summary>
    /// Appends the record of a container being created, in one write. It begins with a line break, so that a line
    /// an earlier append left unfinished (a full disk) ends there instead of swallowing this one.
    /// </summary>
    public void Append(ContainerRecord record)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(record, Line);
        lock (_sync)
        {
            _file.Write([(byte)'\n', .. bytes]);
            _live[record.Id] = record;
            _lines++;
        }
    }

    /// <summary>Forgets the record of a container whose directory was deleted; rewrites the file when dead lines outnumber live ones.</summary>
    public void Remove(string containerId)
    {
        lock (_sync)
        {
            if (_live.Remove(containerId) && _lines > 2 * _live.Count + Slack)
            {
                _file.Dispose();
                _file = Rewrite(_path, _live.Values);
                _lines = _live.Count;
            }
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _file.Dispose();
        }
    }

    /// <summary>Writes <paramref name="records"/> whole to a temporary file, renames it over <paramref name="path"/>, and opens that for appending.</summary>
    private static FileStream Rewrite(string path, IEnumerable<ContainerRecord> records)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            foreach (var record in records)
            {
                JsonSerializer.Serialize(file, record, Line);
                file.WriteByte((byte)'\n');
            }
        }

        File.Move(temporary, path, overwrite: true);
        return new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
    }
}
