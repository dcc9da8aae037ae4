namespace Orchestrator.Node.Runtime.Processes;

// Reading the pipes, cutting lines, writing entries and rotating the file.
internal sealed partial class ContainerLogWriter
{
    private void OnReadable(Source source)
    {
        lock (_sync)
        {
            if (source.Fd < 0)
            {
                return;
            }

            try
            {
                Drain(source, _time.GetUtcNow());
                _file?.Flush();
            }
            catch (IOException)
            {
                // The log cannot be written (a full disk): the output is read and dropped from now on, so that the
                // container never blocks on a full pipe and the loop never spins on a pipe it cannot empty.
                _file?.Dispose();
                _file = null;
                _unwritable = true;
            }

            Pulse();
        }
    }

    private void Drain(Source source, DateTimeOffset now)
    {
        while (source.Fd >= 0)
        {
            var read = (int)Libc.read(source.Fd, ref _buffer[0], _buffer.Length);
            if (read <= 0)
            {
                if (read < 0 && Libc.Errno == Libc.EINTR)
                {
                    continue;
                }

                return;
            }

            Split(source, _buffer.AsSpan(0, read), now);
        }
    }

    private void Split(Source source, ReadOnlySpan<byte> data, DateTimeOffset now)
    {
        while (!data.IsEmpty)
        {
            var end = data.IndexOf((byte)'\n');
            var piece = end < 0 ? data : data[..end];
            var room = MaxLine - source.PendingLength;
            if (piece.Length > room)
            {
                piece[..room].CopyTo(source.Pending.AsSpan(source.PendingLength));
                Write(now, source.Stream, partial: true, source.Pending);
                source.PendingLength = 0;
                data = data[room..];
                continue;
            }

            if (end < 0)
            {
                piece.CopyTo(source.Pending.AsSpan(source.PendingLength));
                source.PendingLength += piece.Length;
                return;
            }

            if (source.PendingLength > 0)
            {
                piece.CopyTo(source.Pending.AsSpan(source.PendingLength));
                Write(now, source.Stream, partial: false, source.Pending.AsSpan(0, source.PendingLength + piece.Length));
                source.PendingLength = 0;
            }
            else
            {
                Write(now, source.Stream, partial: false, piece);
            }

            data = data[(end + 1)..];
        }
    }

    private void Write(DateTimeOffset now, LogStream stream, bool partial, ReadOnlySpan<byte> text)
    {
        if (_unwritable)
        {
            return;
        }

        if (_file is null)
        {
            _file = OpenLog();
            _length = _file.Length;
        }

        var prefix = CriLogFormat.Prefix(now, stream, partial);
        var length = prefix.Length + text.Length + 1;
        if (_length > 0 && _length + length > _settings.LogMaxSize)
        {
            Rotate();
        }

        _file.Write(prefix);
        _file.Write(text);
        _file.WriteByte((byte)'\n');
        _length += length;
    }

    private FileStream OpenLog() => new(_files.Log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);

    private void Rotate()
    {
        _file!.Dispose();
        var oldest = _settings.LogMaxFiles - 1;
        if (oldest == 0)
        {
            File.Delete(_files.Log);
        }
        else
        {
            File.Delete(_files.RotatedLog(oldest));
            for (var generation = oldest - 1; generation >= 1; generation--)
            {
                if (File.Exists(_files.RotatedLog(generation)))
                {
                    File.Move(_files.RotatedLog(generation), _files.RotatedLog(generation + 1));
                }
            }

            File.Move(_files.Log, _files.RotatedLog(1));
        }

        _file = OpenLog();
        _length = 0;
        _generation++;
    }
}
