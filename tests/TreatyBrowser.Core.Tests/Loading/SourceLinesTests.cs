using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Core.Tests.Loading;

/// <summary>
/// Articles saved as plain text, as people save them (no front matter): the headline, outlet, publication date and
/// web address read from the article's own furniture, each with the line it came from. Texts written by us.
/// </summary>
public sealed class SourceLinesTests
{
    private const string Body = "Chile and Peru signed a fisheries pact on Monday. Both sides will share catch data.";

    [Fact]
    public void A_byline_of_parts_gives_the_outlet_before_the_date_and_the_date_and_the_first_line_is_the_headline()
    {
        var m = DocumentLoader.Load("a.txt", $"World\nChile and Peru seal fisheries pact\nBy Jane Roe | Harbour Post | 12 March 2024\n{Body}\n").Metadata;
        Assert.Equal("Chile and Peru seal fisheries pact", m.Title);
        Assert.Equal("Harbour Post", m.Outlet);
        Assert.Equal(new DateOnly(2024, 3, 12), m.Published);
        Assert.Equal("the line “By Jane Roe | Harbour Post | 12 March 2024”", m.FoundBy["outlet"]);
        Assert.Contains("published", m.Inferred);
    }

    [Theory]
    [InlineData("REUTERS\nFebruary 5, 2022, 19:00 JST", "Reuters", "2022-02-05")]
    [InlineData("Source: Xinhua News Agency | Updated: January 1, 2022", "Xinhua", "2022-01-01")]
    [InlineData("by AFP Staff Writers\nCopenhagen (AFP) Dec 19, 2023", "Agence France-Presse", "2023-12-19")]
    [InlineData("Wednesday, 21 May 2025\nhttps://example.org/news/2025/05/21/fisheries-pact", null, "2025-05-21")]
    [InlineData("https://example.org/news/2024/11/03/fisheries-pact", null, "2024-11-03")]
    [InlineData("Published: 23/07/2025", null, "2025-07-23")]
    public void Credits_and_date_lines_in_any_common_style_give_the_outlet_and_the_date(string furniture, string? outlet, string date)
    {
        var m = DocumentLoader.Load("a.txt", $"Chile and Peru seal fisheries pact\n{furniture}\n{Body}\n").Metadata;
        Assert.Equal(outlet, m.Outlet);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), m.Published);
    }

    [Fact]
    public void A_bracketed_credit_with_no_dash_after_it_names_the_outlet_and_a_date_in_the_datelines_brackets_is_the_date()
    {
        Assert.Equal("Press Trust of India", DocumentLoader.Load("a.txt", $"Fisheries pact sealed\nLima, Aug 30 (PTI) {Body}\n").Metadata.Outlet);
        var dated = DocumentLoader.Load("b.txt", $"Fisheries pact sealed\nLIMA (May 19, 2025) — {Body}\n").Metadata;
        Assert.Null(dated.Outlet);
        Assert.Equal(new DateOnly(2025, 5, 19), dated.Published);
    }

    [Fact]
    public void A_story_naming_itself_at_its_end_or_credited_after_a_slash_gives_its_outlet()
    {
        Assert.Equal("Coast Courier", DocumentLoader.Load("a.txt", $"Fisheries pact sealed\n{Body}\nThe text was released by the ministry, Coast Courier reports.\n").Metadata.Outlet);
        Assert.Equal("Agence France-Presse", DocumentLoader.Load("b.txt", $"Fisheries pact sealed\nThe ministers shake hands in Lima. / AFP\n{Body}\n").Metadata.Outlet);
    }

    [Fact]
    public void Front_matter_wins_and_an_article_that_opens_with_its_text_has_no_headline()
    {
        var m = DocumentLoader.Load("a.txt", $"---\noutlet: Given Outlet\npublished: 2020-01-02\n---\nREUTERS\n12 March 2024\n{Body}\n").Metadata;
        Assert.Equal("Given Outlet", m.Outlet);
        Assert.Equal(new DateOnly(2020, 1, 2), m.Published);
        Assert.DoesNotContain("outlet", m.Inferred);
        Assert.Null(DocumentLoader.Load("b.txt", $"{Body}\nWhat does the pact change?\n").Metadata.Title);
    }

    [Fact]
    public void The_date_read_from_the_text_anchors_the_articles_relative_dates()
    {
        var document = DocumentLoader.Load("a.txt", $"Chile and Peru seal fisheries pact\nWednesday, 13 March 2024\n{Body}\n");
        var analysis = new ExtractionPipeline().Analyze(document, TestContext.Current.CancellationToken);
        var signed = Assert.Single(analysis.Events, e => e.SentenceId == "s-1");
        Assert.Equal("2024-03-11", signed.When.Date?.Iso);
    }
}
