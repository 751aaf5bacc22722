using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Core.Tests.Extraction;

public sealed class StableIdTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tb-ids-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] ClauseIds(Corpus corpus, string treaty) =>
        [.. corpus.FindTreaty(treaty)!.Clauses.Select(c => $"{c.TreatyId}/{c.Category}/{c.Id}")];

    [Fact]
    public void Clause_ids_are_the_same_across_two_loads_and_after_adding_an_unrelated_article()
    {
        File.Copy(TestFiles.SeedPath, Path.Combine(_folder, TestFiles.SeedFile));
        var first = CorpusBuilder.Build(SeedFolder.Read(_folder), new ExtractionPipeline(), cancellationToken: TestContext.Current.CancellationToken);
        var treaty = first.Treaties.Single().Id;
        var second = CorpusBuilder.Build(SeedFolder.Read(_folder), new ExtractionPipeline(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(ClauseIds(first, treaty), ClauseIds(second, treaty));

        // An unrelated article sorts before the seed, so list positions shift; ids must not.
        File.Copy(Path.Combine(TestFiles.ArticlesFolder, "single", "chile-vietnam-trade.md"), Path.Combine(_folder, "a-chile-vietnam-trade.md"));
        var third = CorpusBuilder.Build(SeedFolder.Read(_folder), new ExtractionPipeline(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(2, third.Treaties.Length);
        Assert.Equal(ClauseIds(first, treaty), ClauseIds(third, treaty));
        Assert.All(third.Treaties.SelectMany(t => t.Clauses), c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c.Id));
    }

    [Fact]
    public void A_file_whose_name_slugs_to_an_existing_articles_id_never_takes_its_permalink()
    {
        File.Copy(TestFiles.SeedPath, Path.Combine(_folder, TestFiles.SeedFile));
        var before = SeedFolder.Read(_folder).Documents.Single();

        // Added later, sorting first in path order: before, it took "iran-russia-strategic-partnership" and the
        // real article moved to "-2", so every link to the article's sentences led to the newcomer.
        File.WriteAllText(Path.Combine(_folder, "Iran-Russia-Strategic-Partnership.txt"), "Norway and Chile signed a polar cooperation agreement on Monday.\n");
        var after = SeedFolder.Read(_folder).Documents.ToDictionary(d => d.FileName, d => d.Id);
        Assert.Equal(before.Id, after[TestFiles.SeedFile]);
        Assert.Equal(before.Id + "-2", after["Iran-Russia-Strategic-Partnership.txt"]);

        // Two names that are both their own id ("a.md", "a.txt") still share it in path order.
        File.WriteAllText(Path.Combine(_folder, "a.md"), "Norway and Chile signed a polar cooperation agreement on Monday.\n");
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Iceland and Ireland signed an Atlantic compact on Monday.\n");
        var ids = SeedFolder.Read(_folder).Documents.ToDictionary(d => d.FileName, d => d.Id);
        Assert.Equal(("a", "a-2"), (ids["a.md"], ids["a.txt"]));
    }

    [Fact]
    public void An_id_once_given_stays_with_its_file_when_a_newcomer_sorting_first_slugs_to_it()
    {
        // Neither name is its own id ("Osthavn Minutes" and "Osthavn-Minutes" both slug to "osthavn-minutes"); the
        // newcomer sorts first (a space before a hyphen). A first read gives the id in path order; a reload against
        // what was read before keeps it with the article that had it.
        File.WriteAllText(Path.Combine(_folder, "Osthavn-Minutes.txt"), "Norland and Sudmark signed a harbour accord on Monday.\n");
        var first = SeedFolder.Scan(_folder, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("osthavn-minutes", Assert.Single(first.Files).File.DocumentId);

        File.WriteAllText(Path.Combine(_folder, "Osthavn Minutes.txt"), "Iceland and Ireland signed an Atlantic compact on Monday.\n");
        var known = first.Files.ToDictionary(f => f.File.Path, f => f.File);
        var reload = SeedFolder.Scan(_folder, known: known, cancellationToken: TestContext.Current.CancellationToken).Files.ToDictionary(f => f.File.Path, f => f.File.DocumentId);
        Assert.Equal("osthavn-minutes", reload["Osthavn-Minutes.txt"]);
        Assert.Equal("osthavn-minutes-2", reload["Osthavn Minutes.txt"]);
    }
}
