namespace TreatyBrowser.Bench;

/// <summary>
/// An archive of real-style reporting at scale: the development corpus (tests/devset/articles, 54 reports of 48
/// agreements written like real news) copied round to <c>count</c> files, each copy under its own name. Copies of a
/// report group with it, so 1,000 files hold the same 48 agreements, each reported about 20 times: what an archive
/// that follows a few dozen agreements for years looks like, and the load a treaty of many reports puts on grouping,
/// clause merging and the pages.
/// </summary>
internal static class DevsetCopies
{
    /// <summary>Writes <paramref name="count"/> copies into <paramref name="folder"/> and returns their total size in bytes.</summary>
    public static long Write(int count, string folder)
    {
        var articles = Directory.GetFiles(Source(), "*.txt").Order(StringComparer.Ordinal).ToArray();
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var article = articles[i % articles.Length];
            var copy = Path.Combine(folder, $"c{i / articles.Length:D4}-{Path.GetFileName(article)}");
            File.Copy(article, copy, overwrite: true);
            bytes += new FileInfo(copy).Length;
        }

        return bytes;
    }

    // The repository's copy of the development corpus, found from the working folder or the build output upwards.
    private static string Source()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var articles = Path.Combine(dir.FullName, "tests", "devset", "articles");
                if (Directory.Exists(articles))
                {
                    return articles;
                }
            }
        }

        throw new DirectoryNotFoundException("tests/devset/articles was not found above the working folder; run from the repository");
    }
}
