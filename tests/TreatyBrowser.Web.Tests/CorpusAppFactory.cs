using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TreatyBrowser.Web.Tests;

/// <summary>
/// An app serving a private copy of our own test corpus (two treaties, three articles about one, one unassigned,
/// one unreadable file), so a test may add, change and remove files without disturbing the others.
/// </summary>
public sealed class CorpusAppFactory : WebApplicationFactory<Program>
{
    public CorpusAppFactory()
    {
        Folder = Directory.CreateTempSubdirectory("tb-corpus-").FullName;
        var source = Path.Combine(AppContext.BaseDirectory, "corpus");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllBytes(Path.Combine(Folder, "broken.txt"), [0x00, 0x01, 0x02]);
    }

    public string Folder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Seeds:Path", Folder);
        builder.UseSetting("Seeds:ReloadDelayMs", "100");
        builder.UseSetting(AppFactory.RateLimitsEnabled, "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
