using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// Reads a file of a saved snapshot that the app itself wrote, so never a link, a pipe or a device: a pointer or
/// model that is one (a link to /dev/zero, a FIFO left in the cache folder) is refused with its reason instead of
/// reading for ever or blocking start-up; and no more is read than the file reported when it was opened.
/// </summary>
internal static class SavedFile
{
    public static byte[] Read(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw new InvalidDataException($"{info.Name} is a link, which a snapshot never holds");
        }

        if (FileKind.Of(path) is { } special)
        {
            throw new InvalidDataException($"{info.Name} is not a regular file ({special})");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var length = stream.Length;
        if (length > maxBytes)
        {
            throw new InvalidDataException($"{info.Name} is {length:N0} bytes, over the {maxBytes:N0} a snapshot file may have");
        }

        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        if (stream.ReadByte() >= 0)
        {
            throw new InvalidDataException($"{info.Name} holds more than the {length:N0} bytes it reported (a device?)");
        }

        return bytes;
    }
}
