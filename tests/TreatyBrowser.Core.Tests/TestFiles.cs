using System.Runtime.CompilerServices;

namespace TreatyBrowser.Core.Tests;

/// <summary>Where the test inputs live: the shipped seeds and our own articles, copied beside the tests.</summary>
internal static class TestFiles
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string ArticlesFolder => Path.Combine(AppContext.BaseDirectory, "Articles");

    public const string SeedFile = "iran-russia-strategic-partnership.txt";

    public static string SeedPath => Path.Combine(SeedsFolder, SeedFile);

    /// <summary>The golden file's path in the source tree, so that a reviewed update lands in the repository.</summary>
    public static string GoldenPath(string name, [CallerFilePath] string caller = "")
    {
        var dir = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(dir, "TreatyBrowser.Core.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }

        return Path.Combine(dir, "Golden", name);
    }

    /// <summary>The repository's root (the folder holding TreatyBrowser.sln), found from this source file's path.</summary>
    public static string RepositoryRoot([CallerFilePath] string caller = "")
    {
        var dir = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(dir, "TreatyBrowser.sln")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }

        return dir;
    }
}
