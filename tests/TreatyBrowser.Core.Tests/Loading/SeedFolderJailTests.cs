using System.Diagnostics;
using System.Net.Sockets;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Core.Tests.Loading;

/// <summary>
/// The seeds folder is a jail: links that lead out of it, to folders, to nothing or in loops, and special files
/// (pipes, sockets, devices) are skipped with their reason and never opened; a link to an article inside is read.
/// Each case once leaked a file (/etc/passwd, /proc/self/status), blocked every reload (a pipe), or ran the process
/// out of memory (/dev/zero, two folder loops). Linux only: the links and special files are made with its tools.
/// </summary>
public sealed class SeedFolderJailTests : IDisposable
{
    private const string Article = "Japan and Chile signed a fisheries agreement on Monday that will cut tariffs on salmon.\n";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("treatybrowser-jail-");
    private readonly DirectoryInfo _outside = Directory.CreateTempSubdirectory("treatybrowser-outside-");

    public void Dispose()
    {
        _root.Delete(recursive: true);
        _outside.Delete(recursive: true);
    }

    [Fact(Timeout = 20_000)]
    public async Task Links_out_of_the_folder_special_files_and_loops_are_skipped_with_their_reason()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "links, pipes and sockets are made with Linux tools");
        var seeds = _root.CreateSubdirectory("seeds");
        File.WriteAllText(Path.Combine(seeds.FullName, "real.txt"), Article);
        File.WriteAllText(Path.Combine(_outside.FullName, "secret.txt"), "Secret notes: the treaty will be signed on Friday.\n");
        File.CreateSymbolicLink(Path.Combine(seeds.FullName, "passwd.txt"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(seeds.FullName, "status.txt"), "/proc/self/status");
        File.CreateSymbolicLink(Path.Combine(seeds.FullName, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(seeds.FullName, "secret.txt"), Path.Combine(_outside.FullName, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(seeds.FullName, "gone.txt"), Path.Combine(_outside.FullName, "missing.txt"));
        File.CreateSymbolicLink(Path.Combine(seeds.FullName, "inside.txt"), Path.Combine(seeds.FullName, "real.txt"));
        Directory.CreateSymbolicLink(Path.Combine(seeds.FullName, "outside-folder"), _outside.FullName);
        Directory.CreateSymbolicLink(Path.Combine(seeds.FullName, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(seeds.FullName, "b"), ".");
        Run("mkfifo", Path.Combine(seeds.FullName, "pipe.txt"));
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(seeds.FullName, "socket.txt")));

        // Read on another thread: before the jail, the pipe blocked the read for ever.
        var contents = await Task.Run(() => SeedFolder.Read(seeds.FullName), TestContext.Current.CancellationToken);

        Assert.Equal(["inside.txt", "real.txt"], contents.Documents.Select(d => d.FileName));
        var reasons = contents.Skipped.ToDictionary(s => s.FileName, s => s.Reason);
        Assert.Equal("a link that leads outside the seeds folder: not followed", reasons["passwd.txt"]);
        Assert.Equal("a link that leads outside the seeds folder: not followed", reasons["status.txt"]);
        Assert.Equal("a link that leads outside the seeds folder: not followed", reasons["zero.txt"]);
        Assert.Equal("a link that leads outside the seeds folder: not followed", reasons["secret.txt"]);
        Assert.Equal("a link to nothing: not followed", reasons["gone.txt"]);
        Assert.StartsWith("a link to a folder: not followed", reasons["outside-folder"], StringComparison.Ordinal);
        Assert.StartsWith("a link to a folder: not followed", reasons["a"], StringComparison.Ordinal);
        Assert.StartsWith("a link to a folder: not followed", reasons["b"], StringComparison.Ordinal);
        Assert.Equal("not a regular file (a named pipe): not read", reasons["pipe.txt"]);
        Assert.Equal("not a regular file (a socket): not read", reasons["socket.txt"]);
        Assert.DoesNotContain(contents.Skipped, s => s.Reason.Contains(_outside.FullName, StringComparison.Ordinal) || s.Reason.Contains("/etc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_by_what_is_read()
    {
        var seeds = _root.CreateSubdirectory("big");
        File.WriteAllText(Path.Combine(seeds.FullName, "long.txt"), string.Concat(Enumerable.Repeat(Article, 100)));
        var skipped = Assert.Single(SeedFolder.Read(seeds.FullName, maxFileBytes: 1000).Skipped);
        Assert.Contains("over the limit of 1,000 bytes", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_swapped_in_after_the_listing_is_refused_when_opened()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the opened file is checked through /proc/self/fd");
        var seeds = _root.CreateSubdirectory("race");
        File.WriteAllText(Path.Combine(_outside.FullName, "secret.txt"), "Secret notes: the treaty will be signed on Friday.\n");

        // The jail listed "article.txt" as a plain file; by the time it is opened, a link to a file outside stands there.
        var swapped = Path.Combine(seeds.FullName, "article.txt");
        File.CreateSymbolicLink(swapped, Path.Combine(_outside.FullName, "secret.txt"));
        var e = Assert.Throws<LoadException>(() => OpenedFile.Read(swapped, OpenedFile.RealPath(seeds.FullName), 1000));
        Assert.StartsWith("the file opened lies outside the seeds folder", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_link_to_a_file_outside_is_skipped_with_its_reason()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "hard links are made with ln");
        var seeds = _root.CreateSubdirectory("hard");
        File.WriteAllText(Path.Combine(seeds.FullName, "real.txt"), Article);
        File.WriteAllText(Path.Combine(_outside.FullName, "secret.txt"), "Secret notes: the treaty will be signed on Friday.\n");
        Run("ln", Path.Combine(_outside.FullName, "secret.txt"), Path.Combine(seeds.FullName, "secret.txt"));

        var contents = SeedFolder.Read(seeds.FullName);
        Assert.Equal(["real.txt"], contents.Documents.Select(d => d.FileName));
        Assert.StartsWith("the file has more than one name (a hard link", Assert.Single(contents.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_name_is_not_valid_utf8_is_skipped_saying_so_not_as_missing()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "a name of raw bytes is made with the shell's printf");
        var seeds = _root.CreateSubdirectory("names");
        File.WriteAllText(Path.Combine(seeds.FullName, "real.txt"), Article);
        // The byte 0xFF never occurs in UTF-8: .NET lists the name with U+FFFD in its place, a name no file has.
        Run("sh", "-c", "printf 'Japan and Chile signed a deal.' > \"$1/bad$(printf '\\377')name.txt\"", "sh", seeds.FullName);

        try
        {
            var contents = SeedFolder.Read(seeds.FullName);
            Assert.Equal(["real.txt"], contents.Documents.Select(d => d.FileName));
            var skipped = Assert.Single(contents.Skipped);
            Assert.StartsWith("its name is not valid UTF-8", skipped.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain("could not find", skipped.Reason, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            // .NET cannot name the file to delete it either.
            Run("rm", "-rf", seeds.FullName);
        }
    }

    private static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
