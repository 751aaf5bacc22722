using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Extraction;

public sealed class SeedModelTests
{
    internal static readonly Corpus Corpus = CorpusBuilder.Build(SeedFolder.Read(TestFiles.SeedsFolder), new ExtractionPipeline());

    private static Treaty Treaty => Corpus.Treaties.Single();

    [Fact]
    public void Seed_categories_match_the_reviewed_golden_file() =>
        Golden.Match("seed-categories.txt", ModelPrinter.Sentences(Corpus.Documents.Single()));

    [Fact]
    public void Seed_clauses_match_the_reviewed_golden_file() => Golden.Match("seed-clauses.txt", ModelPrinter.Clauses(Treaty));

    [Fact]
    public void Seed_profile_and_entities_match_the_reviewed_golden_file() =>
        Golden.Match("seed-profile-entities.txt", ModelPrinter.Profile(Treaty) + "\n" + ModelPrinter.Entities(Treaty));

    [Fact]
    public void Seed_timeline_matches_the_reviewed_golden_file() => Golden.Match("seed-timeline.txt", ModelPrinter.Timeline(Treaty));
}
