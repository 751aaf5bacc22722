namespace TreatyBrowser.Web.Tests;

/// <summary>
/// An app serving a private copy of our own test corpus (two treaties, three articles about one, one unidentified,
/// one unreadable file), so a test may add, change and remove files without disturbing the others.
/// </summary>
public sealed class CorpusAppFactory : TestApp
{
    public CorpusAppFactory()
        : this(CopyCorpus())
    {
    }

    private CorpusAppFactory(string folder)
        : base(OptionsFor(folder, folder + ".feeds.json"))
    {
        Folder = folder;
        FeedHistory = folder + ".feeds.json";
    }

    /// <summary>An app over the folder (and feed history) another factory made: a restart of that app.</summary>
    public static CorpusAppFactory RestartOf(CorpusAppFactory before)
    {
        before.KeepFolder = true;
        return new CorpusAppFactory(before.Folder);
    }

    public string Folder { get; }

    /// <summary>The feeds' history file, beside the folder (never inside it).</summary>
    public string FeedHistory { get; }

    /// <summary>Set when a later factory serves the same folder: disposing this one must not delete it.</summary>
    public bool KeepFolder { get; set; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepFolder && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
            File.Delete(FeedHistory);
        }
    }

    private static TestAppOptions OptionsFor(string folder, string feedHistory) => new()
    {
        SeedsFolder = folder,
        Settings = new Dictionary<string, string>
        {
            ["Seeds:ReloadDelayMs"] = "100",
            ["Seeds:CheckFolderMs"] = "100",
            ["Feeds:HistoryPath"] = feedHistory,
        },
    };

    private static string CopyCorpus()
    {
        var folder = Directory.CreateTempSubdirectory("tb-corpus-").FullName;
        var source = Path.Combine(AppContext.BaseDirectory, "corpus");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllBytes(Path.Combine(folder, "broken.txt"), [0x00, 0x01, 0x02]);
        return folder;
    }
}
