using TreatyBrowser.Evaluation;

// dotnet run --project src/TreatyBrowser.Evaluation [-- DEVSET_FOLDER] [--misses]
// Prints the scores of extraction on the labelled development corpus, then (with --misses) every miss.
var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
    ?? Path.Combine(RepositoryRoot(), "tests", "devset");
if (!Directory.Exists(Path.Combine(folder, "labels")))
{
    Console.Error.WriteLine($"{folder} has no labels/ folder: give the development corpus's folder.");
    return 2;
}

var report = DevsetEvaluation.Run(folder);
Console.Write(report.Print(misses: args.Contains("--misses")));
return 0;

// The folder with TreatyBrowser.sln above the working directory (dotnet run starts in the project's folder or the root).
static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "TreatyBrowser.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
