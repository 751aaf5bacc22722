using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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
        FeedHistory = Folder + ".feeds.json";
        var source = Path.Combine(AppContext.BaseDirectory, "corpus");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllBytes(Path.Combine(Folder, "broken.txt"), [0x00, 0x01, 0x02]);
    }

    private CorpusAppFactory(string folder, string feedHistory)
    {
        Folder = folder;
        FeedHistory = feedHistory;
    }

    /// <summary>An app over the folder (and feed history) another factory made: a restart of that app.</summary>
    public static CorpusAppFactory RestartOf(CorpusAppFactory before)
    {
        before.KeepFolder = true;
        return new CorpusAppFactory(before.Folder, before.FeedHistory);
    }

    public string Folder { get; }

    /// <summary>The feeds' history file, beside the folder (never inside it).</summary>
    public string FeedHistory { get; }

    /// <summary>Set when a later factory serves the same folder: disposing this one must not delete it.</summary>
    public bool KeepFolder { get; set; }

    /// <summary>What the app logged.</summary>
    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Seeds:Path", Folder);
        builder.UseSetting("Seeds:ReloadDelayMs", "100");
        builder.UseSetting("Seeds:CheckFolderMs", "100");
        builder.UseSetting("Feeds:HistoryPath", FeedHistory);
        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Logs));
        builder.UseSetting(AppFactory.RateLimitsEnabled, "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepFolder && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
            File.Delete(FeedHistory);
        }
    }
}
