using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Timeline;

public sealed class TimelineTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    private static Treaty TreatyOf(string text, string name = "t.txt")
    {
        var analysis = Pipeline.Analyze(DocumentLoader.Load(name, text));
        return Pipeline.BuildTreaties([analysis]).Single();
    }

    private static Treaty Article(string file) =>
        TreatyOf(File.ReadAllText(Path.Combine(TestFiles.ArticlesFolder, "single", file)), file);

    private static string Front(string published) => $"---\npublished: {published}\ntreaty: Test Accord\nparties: [Chile, Peru]\n---\n";

    [Fact]
    public void Future_tense_weekday_looks_forward_and_is_only_expected()
    {
        // 2024-05-01 is a Wednesday.
        var treaty = TreatyOf(Front("2024-05-01") + "The two leaders will sign the accord on Friday in Lima.");
        var e = Assert.Single(treaty.Timeline.Events);
        Assert.Equal("2024-05-03", e.When.Date?.Iso);
        Assert.True(e.Expected);
        Assert.Equal("Friday on or after 2024-05-01 (future tense) → 2024-05-03", e.When.Explanation);
        Assert.All(treaty.Timeline.Status, row => Assert.True(row.Signed?.Expected));
    }

    [Fact]
    public void Signed_on_Thursday_in_an_article_published_on_Friday_is_the_day_before()
    {
        var e = Article("estonia-finland-mutual-defence.txt").Timeline.Events.First(e => e.Type == EventType.Signature);
        Assert.Equal(("2024-03-14", DatePrecision.Day, "on Thursday"), (e.When.Date?.Iso, e.When.Date?.Precision, e.When.Text));
    }

    [Fact]
    public void Ratification_expected_by_June_is_on_the_timeline_and_in_the_status_table_as_expected_not_done()
    {
        // "... once both parliaments ratify it, which officials expect by June": the date belongs to the ratification.
        var treaty = Article("estonia-finland-mutual-defence.txt");
        var e = Assert.Single(treaty.Timeline.Events, e => e.Type == EventType.Ratification);
        Assert.Equal("2024-06", e.When.Date?.Iso);
        Assert.True(e.Expected);
        Assert.Equal(["Estonia", "Finland"], e.Parties);
        Assert.All(treaty.Timeline.Status, row => Assert.True(row.Ratified?.Expected));
        Assert.All(treaty.Timeline.Status, row => Assert.Equal("2024-03-14", row.Signed?.When.Date?.Iso));
    }

    [Fact]
    public void December_in_an_article_published_in_January_is_the_previous_year()
    {
        var e = Article("brazil-argentina-defense.txt").Timeline.Events.Single(e => e.When.Text == "in December");
        Assert.Equal("2020-12", e.When.Date?.Iso);
        Assert.Equal("December, past tense: the latest December up to 2021-01-12 → 2020-12", e.When.Explanation);
    }

    [Fact]
    public void Earlier_this_year_is_the_publication_year_at_year_precision()
    {
        var e = Article("kazakhstan-uzbekistan-allied.txt").Timeline.Events.Single(e => e.When.Text == "Earlier this year");
        Assert.Equal((new DateOnly(2023, 1, 1), DatePrecision.Year), (e.When.Date!.Start, e.When.Date.Precision));
    }

    [Fact]
    public void Two_events_in_one_sentence_each_get_their_date_and_the_offset_counts_from_the_first()
    {
        var treaty = Article("kazakhstan-uzbekistan-allied.txt");
        var signed = treaty.Timeline.Events.Single(e => e.Type == EventType.Signature);
        var ratified = treaty.Timeline.Events.Single(e => e.Type == EventType.Ratification);
        Assert.Equal(signed.SentenceId, ratified.SentenceId);
        Assert.Equal("2022-12-22", signed.When.Date?.Iso);
        Assert.Equal("2022-12-24", ratified.When.Date?.Iso);
        Assert.Equal(["the Kazakh senate"], ratified.Actors);
        var status = treaty.Timeline.Status.ToDictionary(r => r.Party);
        Assert.Equal("2022-12-24", status["Kazakhstan"].Ratified?.When.Date?.Iso);
        Assert.Null(status["Uzbekistan"].Ratified);
        Assert.Equal("2022-12-22", status["Uzbekistan"].Signed?.When.Date?.Iso);
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unresolved_and_nothing_is_invented()
    {
        var events = Article("turkey-azerbaijan-undated.txt").Timeline.Events;
        var monday = events.Single(e => e.When.Text == "on Monday");
        Assert.Null(monday.When.Date);
        Assert.Contains("publication date, which is unknown", monday.When.Explanation, StringComparison.Ordinal);
        Assert.Null(events.Single(e => e.When.Text == "next month").When.Date);
        Assert.Equal("2021", events.Single(e => e.When.Text == "in 2021").When.Date?.Iso);

        // Undated events come after dated ones, in the order of the text.
        Assert.Equal(["in 2021", "on Monday", "next month"], events.Select(e => e.When.Text));
    }

    [Fact]
    public void A_month_is_ordered_by_its_middle_not_as_if_it_were_the_first()
    {
        var treaty = TreatyOf(Front("2025-06-01")
            + "The accord was signed on April 20, 2025. Parliament approved the accord in April 2025. Talks on the accord ended on April 10, 2025.");
        Assert.Equal(["on April 10, 2025", "in April 2025", "on April 20, 2025"], treaty.Timeline.Events.Select(e => e.When.Text));
    }

    [Theory]
    [InlineData("It was signed on Jan. 17 in Moscow.", "on Jan. 17", "2025-01-17")]
    [InlineData("It was signed on 17 January 2024.", "on 17 January 2024", "2024-01-17")]
    [InlineData("It was signed on 2024-01-17.", "2024-01-17", "2024-01-17")]
    [InlineData("Talks began in mid-January.", "in mid-January", "2025-01")]
    [InlineData("Talks began last January.", "last January", "2025-01")]
    [InlineData("The talks have run since 2022.", "since 2022", "2022")]
    [InlineData("Talks ran between 2019 and 2021.", "between 2019 and 2021", "2019")]
    [InlineData("The pact was signed yesterday.", "yesterday", "2025-05-20")]
    [InlineData("The pact was signed two days ago.", "two days ago", "2025-05-19")]
    [InlineData("The pact takes effect next month.", "next month", "2025-06")]
    [InlineData("The pact was signed last week.", "last week", "2025-W20")]
    public void Finds_and_resolves_news_date_forms(string sentence, string written, string iso)
    {
        var treaty = TreatyOf(Front("2025-05-21") + sentence);
        var e = Assert.Single(treaty.Timeline.Events);
        Assert.Equal((written, iso), (e.When.Text, e.When.Date?.Iso));
        Assert.Equal(written, sentence[e.When.Start..e.When.End]);
    }

    [Fact]
    public void May_the_verb_is_not_a_month()
    {
        var treaty = TreatyOf(Front("2025-05-21") + "Either party may end the accord with notice.");
        Assert.Empty(treaty.Timeline.Events);
    }
}
