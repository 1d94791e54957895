namespace NewsLens.Cli.Output;

/// <summary>
/// A write-then-read buffer that stays in memory up to a threshold and then moves to a temporary file that
/// deletes itself, so that a very large output section costs disk, not memory.
/// </summary>
internal sealed class Spool : Stream
{
    private const int Threshold = 8 * 1024 * 1024;
    private Stream _inner = new MemoryStream();
    private bool _onDisk;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_onDisk && _inner.Length + buffer.Length > Threshold)
            MoveToDisk();
        _inner.Write(buffer);
    }

    /// <summary>Copies the bytes written so far, less <paramref name="skipStart"/> at the start and <paramref name="skipEnd"/> at the end, to <paramref name="destination"/>.</summary>
    public void CopyContentTo(Stream destination, int skipStart = 0, int skipEnd = 0)
    {
        _inner.Flush();
        long end = _inner.Position;
        _inner.Position = skipStart;
        byte[] buffer = new byte[1 << 16];
        long left = end - skipStart - skipEnd;
        while (left > 0)
        {
            int read = _inner.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
                break;
            destination.Write(buffer, 0, read);
            left -= read;
        }
        _inner.Position = end;
    }

    private void MoveToDisk()
    {
        string path = Path.Combine(Path.GetTempPath(), $"newslens-spool-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _inner.Position = 0;
        _inner.CopyTo(file);
        _inner.Dispose();
        _inner = file;
        _onDisk = true;
    }

    public override void Flush() => _inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _inner.Dispose();
        base.Dispose(disposing);
    }
}
