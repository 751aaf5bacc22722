using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// Reads a seed file and checks it on the opened handle, not on its path: the jail lists the folder first and the
/// loader opens each file afterwards, so a link swapped in between would be followed. The handle shows where the file
/// really is (Linux: <c>/proc/self/fd</c>) and how many names it has; a file outside the seeds folder, or one with a
/// second name (a hard link, which may be a file outside the folder), is refused with its reason.
/// </summary>
internal static partial class OpenedFile
{
    /// <summary>
    /// At most <paramref name="maxBytes"/> bytes of the file at <paramref name="path"/>, which must really lie inside
    /// <paramref name="realRoot"/> (a path with no link in it).
    /// </summary>
    public static byte[] Read(string path, string realRoot, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);
        Check(stream.SafeFileHandle, realRoot);

        // Stops after maxBytes, whatever the file claims: a device reports 0 bytes and never ends.
        using var copy = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while (copy.Length < maxBytes && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes - copy.Length))) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    /// <summary>The folder's path with every link in it resolved, as the handles of the files in it report theirs.</summary>
    public static string RealPath(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return full;
        }

        var resolved = RealPathNative(full, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return full;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved) ?? full;
        }
        finally
        {
            Free(resolved);
        }
    }

    private static void Check(SafeFileHandle handle, string realRoot)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = handle.DangerousGetHandle().ToInt32();
        var opened = new FileInfo($"/proc/self/fd/{fd}").LinkTarget;
        var root = realRoot.EndsWith('/') ? realRoot : realRoot + "/";
        if (opened is not null && !opened.StartsWith(root, StringComparison.Ordinal))
        {
            throw new LoadException("the file opened lies outside the seeds folder (a link swapped in after the folder was listed?): not read");
        }

        if (LinkCount(fd) > 1)
        {
            throw new LoadException("the file has more than one name (a hard link, which may be a file outside the seeds folder): not read");
        }
    }

    // st_nlink from fstat(2): its place in struct stat differs between the 64-bit layouts glibc uses.
    private static long LinkCount(int fd)
    {
        var status = new byte[256];
        try
        {
            if (FStat(fd, status) != 0)
            {
                return 1;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 1;
        }

        return RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => BitConverter.ToInt64(status, 16),
            Architecture.Arm64 => BitConverter.ToUInt32(status, 20),
            _ => 1,
        };
    }

    [LibraryImport("libc", EntryPoint = "fstat")]
    private static partial int FStat(int fd, byte[] status);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
