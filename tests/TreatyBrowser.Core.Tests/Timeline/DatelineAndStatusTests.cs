using System.Text;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Timeline;

/// <summary>Publication dates read from datelines, and signatures reported without a date.</summary>
public sealed class DatelineAndStatusTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    [Fact]
    public void A_dateline_without_a_year_takes_the_year_the_text_gives_the_same_day()
    {
        var document = Load("TOKYO, December 5. /TASS/. Japan and Vietnam signed a maritime security pact in Hanoi on December 5, 2024, officials said.\n");
        Assert.Equal(new DateOnly(2024, 12, 5), document.Metadata.Published);
        Assert.Contains("published", document.Metadata.Inferred);
        Assert.Equal(("Tokyo", "TASS"), (document.Metadata.Place, document.Metadata.Outlet));
        var dateline = Assert.Single(document.Sentences, s => s.Role == SentenceRole.Dateline);
        Assert.Equal("TOKYO, December 5. /TASS/.", dateline.Text);
        Assert.DoesNotContain(Pipeline.Analyze(document, cancellationToken: TestContext.Current.CancellationToken).Events, e => e.SentenceId == dateline.Id);
    }

    [Fact]
    public void A_dateline_with_its_year_after_the_outlet_is_the_publication_date()
    {
        var document = Load("Trade pact sealed\nLondon (Agencies) July 18, 2025: Britain and Norway signed a fisheries agreement on Thursday.\n");
        Assert.Equal(new DateOnly(2025, 7, 18), document.Metadata.Published);
        Assert.Equal(("London", "Agencies"), (document.Metadata.Place, document.Metadata.Outlet));
        var signed = Assert.Single(Pipeline.Analyze(document, cancellationToken: TestContext.Current.CancellationToken).Events);
        Assert.Equal("2025-07-17", signed.When.Date!.Iso);
    }

    [Fact]
    public void A_dateline_with_no_year_anywhere_leaves_the_publication_date_unknown()
    {
        var document = Load("TOKYO, December 5. /TASS/. Japan and Vietnam signed a maritime security pact on Monday.\n");
        Assert.Null(document.Metadata.Published);
        Assert.Null(Assert.Single(Pipeline.Analyze(document, cancellationToken: TestContext.Current.CancellationToken).Events).When.Date);
    }

    [Fact]
    public void Front_matter_publication_wins_over_the_dateline()
    {
        var document = Load("---\npublished: 2025-07-20\n---\nLondon (Agencies) July 18, 2025: Britain and Norway signed a fisheries agreement.\n");
        Assert.Equal(new DateOnly(2025, 7, 20), document.Metadata.Published);
        Assert.DoesNotContain("published", document.Metadata.Inferred);
    }

    [Fact]
    public void An_undated_signature_fills_the_status_table_but_not_the_timeline()
    {
        var treaty = Treaty(Load("---\ntreaty: Chile–Peru Fisheries Accord\nparties: [Chile, Peru]\n---\nThe two sides signed the agreement in Lima after long talks.\n"));
        Assert.All(treaty.Timeline.Status, row =>
        {
            Assert.NotNull(row.Signed);
            Assert.False(row.Signed!.DateReported);
            Assert.Null(row.Ratified);
        });
        Assert.Empty(treaty.Timeline.Events);
    }

    [Fact]
    public void A_dated_report_of_the_signature_replaces_an_undated_one()
    {
        var folder = Directory.CreateTempSubdirectory("treatybrowser-status-");
        try
        {
            const string Front = "---\ntreaty: Chile–Peru Fisheries Accord\nparties: [Chile, Peru]\npublished: 2025-03-14\n---\n";
            File.WriteAllText(Path.Combine(folder.FullName, "a.txt"), Front + "The two sides signed the agreement in Lima after long talks.\n");
            File.WriteAllText(Path.Combine(folder.FullName, "b.txt"), Front + "Chile and Peru signed the accord on Tuesday in Lima.\n");
            var treaty = CorpusBuilder.Build(SeedFolder.Read(folder.FullName), Pipeline, cancellationToken: TestContext.Current.CancellationToken).Treaties.Single();
            Assert.All(treaty.Timeline.Status, row => Assert.Equal("2025-03-11", row.Signed!.When.Date!.Iso));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_signing_that_is_only_planned_is_not_reported_as_signed()
    {
        var treaty = Treaty(Load("---\ntreaty: Chile–Peru Fisheries Accord\nparties: [Chile, Peru]\n---\nThe two sides will sign the agreement in Lima.\n"));
        Assert.All(treaty.Timeline.Status, row => Assert.Null(row.Signed));
    }

    private static SourceDocument Load(string text) => DocumentLoader.Load("article.txt", Encoding.UTF8.GetBytes(text));

    private static Treaty Treaty(SourceDocument document) => Pipeline.BuildTreaties([Pipeline.Analyze(document)]).Single();
}
