using TreatyBrowser.Evaluation;

// dotnet run --project src/TreatyBrowser.Evaluation [-- DEVSET_FOLDER] [--misses] [--archive]
// Prints the scores of extraction on the labelled development corpus, then (with --misses) every miss.
// --archive: the corpus as an archive holds it (plain texts, the seed beside them, one corpus): treaty, name and
// parties per article, and grouping over them all (with --misses, every row, not only the wrong ones).
// --clauses: every clause the app read, per treaty, with its id and statement (to review the wording).
var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
    ?? Path.Combine(RepositoryRoot(), "tests", "devset");
if (!Directory.Exists(Path.Combine(folder, "labels")))
{
    Console.Error.WriteLine($"{folder} has no labels/ folder: give the development corpus's folder.");
    return 2;
}

if (args.Contains("--archive"))
{
    Console.Write(ArchiveEvaluation.Run(folder, Path.Combine(RepositoryRoot(), "seeds")).Print(all: args.Contains("--misses")));
    return 0;
}

var report = DevsetEvaluation.Run(folder);
Console.Write(report.Print(misses: args.Contains("--misses")));
if (args.Contains("--clauses"))
{
    Console.WriteLine();
    report.Clauses.ForEach(Console.WriteLine);
}

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
