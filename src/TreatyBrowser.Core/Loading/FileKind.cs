using System.Runtime.InteropServices;
using System.Text;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// What kind of file a path is (following links), read without opening it: opening a named pipe blocks until a
/// writer comes, and a device can be read forever. .NET reports pipes, devices and sockets as ordinary files, so the
/// type comes from stat(2) through the runtime's own native library.
/// </summary>
internal static partial class FileKind
{
    private const int TypeMask = 0xF000;

    /// <summary>"a named pipe", "a device" or "a socket" for a special file; null for a regular file (or where the type cannot be read).</summary>
    public static string? Of(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return null;
        }

        try
        {
            // The runtime's FileStatus: Flags, then Mode, whose type bits follow the POSIX values.
            var status = new byte[256];
            if (Stat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
            {
                return null;
            }

            return (BitConverter.ToInt32(status, 4) & TypeMask) switch
            {
                0x1000 => "a named pipe",
                0x2000 or 0x6000 => "a device",
                0xC000 => "a socket",
                0x4000 => "a folder",
                _ => null,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static partial int Stat(byte[] path, byte[] status);
}
