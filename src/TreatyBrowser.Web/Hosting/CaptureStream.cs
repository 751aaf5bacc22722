namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// The body of an answer as it is written, kept in memory up to <paramref name="limit"/> bytes so that the page cache
/// can store it. Past the limit the answer is too large to cache: what was kept goes to the client and the rest
/// follows as it is written, so a large export streams instead of being held whole. For HEAD nothing is sent.
/// </summary>
internal sealed class CaptureStream(Stream client, int limit, bool discard) : Stream
{
    private MemoryStream? _kept = new();

    /// <summary>Whether the answer outgrew the limit and went to the client as it was written.</summary>
    public bool Overflowed => _kept is null;

    /// <summary>The whole body, while it was small enough to keep.</summary>
    public byte[] Kept => _kept?.ToArray() ?? throw new InvalidOperationException("The answer was too large to keep.");

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_kept is not null)
        {
            if (_kept.Length + buffer.Length <= limit)
            {
                _kept.Write(buffer.Span);
                return;
            }

            var kept = _kept;
            _kept = null;
            await Send(kept.GetBuffer().AsMemory(0, (int)kept.Length), cancellationToken);
        }

        await Send(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // The server allows no synchronous writes; nothing of ours makes one, and one made would fail there too.
    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        _kept is null && !discard ? client.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private ValueTask Send(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        discard ? ValueTask.CompletedTask : client.WriteAsync(bytes, cancellationToken);
}
