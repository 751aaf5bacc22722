using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;

namespace TreatyBrowser.Web.Tests.Features.Feeds;

/// <summary>
/// The Atom feeds, read with a real Atom parser (System.ServiceModel.Syndication): an article added to a running app
/// shows as entries in its treaty's feed, and the feed's history survives a restart.
/// </summary>
public sealed class FeedTests
{
    private const string Trade = "chile-vietnam-trade-agreement";

    // Written for this test: a later report on the trade agreement, with a ratification and a clause not reported before.
    private const string Ratified = """
        ---
        outlet: Andes Ledger
        published: 2024-03-05
        treaty: Chile–Vietnam Trade Agreement
        parties: [Chile, Vietnam]
        ---
        HANOI (Andes Ledger) – Vietnam's National Assembly ratified the Chile–Vietnam Trade Agreement on 4 March 2024.
        The agreement also commits both governments to open a joint customs office in each capital.
        """;

    [Fact]
    public async Task A_new_article_shows_as_a_new_source_clause_and_status_in_its_treatys_feed()
    {
        using var app = new CorpusAppFactory();
        var client = app.CreateClient();
        var before = await Feed(client, $"/treaties/{Trade}/feed.atom");
        Assert.Contains(before.Items, e => e.Title.Text.StartsWith("New source:", StringComparison.Ordinal));
        Assert.DoesNotContain(before.Items, e => e.Title.Text.Contains("customs office", StringComparison.Ordinal));

        await File.WriteAllTextAsync(Path.Combine(app.Folder, "trade-ratified.txt"), Ratified, TestContext.Current.CancellationToken);
        var after = await Eventually(client, $"/treaties/{Trade}/feed.atom", f => f.Items.Count() > before.Items.Count());

        var fresh = after.Items.Where(e => before.Items.All(b => b.Id != e.Id)).ToList();
        Assert.Contains(fresh, e => e.Title.Text.StartsWith("New source:", StringComparison.Ordinal) && e.Title.Text.Contains("Andes Ledger", StringComparison.Ordinal));
        var clause = Assert.Single(fresh, e => e.Title.Text.StartsWith("New clause", StringComparison.Ordinal) && e.Title.Text.Contains("customs office", StringComparison.Ordinal));
        var status = Assert.Single(fresh, e => e.Title.Text.StartsWith("Status: Vietnam: ratified", StringComparison.Ordinal));
        Assert.Contains("2024-03-04", status.Title.Text, StringComparison.Ordinal);

        // Entries are newest first, carry a plain-text summary, and link to a permalink that answers.
        Assert.Equal(after.Items.OrderByDescending(e => e.LastUpdatedTime).Select(e => e.Id), after.Items.Select(e => e.Id));
        foreach (var entry in new[] { clause, status })
        {
            Assert.Equal("text", ((TextSyndicationContent)entry.Summary).Type);
            var link = entry.Links.Single(l => l.RelationshipType == "alternate").Uri;
            Assert.True(link.IsAbsoluteUri);
            var response = await client.GetAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The corpus's feed has them too; the other treaty's feed does not.
        var corpus = await Feed(client, "/feed.atom");
        Assert.Contains(corpus.Items, e => e.Id == clause.Id);
        var other = await Feed(client, "/treaties/estonia-finland-mutual-defence-treaty/feed.atom");
        Assert.DoesNotContain(other.Items, e => e.Id == clause.Id);
    }

    [Fact]
    public async Task The_feed_keeps_its_entries_across_a_restart_and_adds_none_for_an_unchanged_corpus()
    {
        List<string> ids;
        var first = new CorpusAppFactory { KeepFolder = true };
        try
        {
            await File.WriteAllTextAsync(Path.Combine(first.Folder, "trade-ratified.txt"), Ratified, TestContext.Current.CancellationToken);
            ids = [.. (await Feed(first.CreateClient(), $"/treaties/{Trade}/feed.atom")).Items.Select(e => e.Id)];
            Assert.NotEmpty(ids);
        }
        finally
        {
            await first.DisposeAsync();
        }

        using var restarted = CorpusAppFactory.RestartOf(first);
        try
        {
            var feed = await Feed(restarted.CreateClient(), $"/treaties/{Trade}/feed.atom");
            Assert.Equal(ids, feed.Items.Select(e => e.Id));
        }
        finally
        {
            restarted.KeepFolder = false;
        }
    }

    [Fact]
    public async Task An_unreadable_history_is_set_aside_and_the_feed_starts_again()
    {
        using var app = new CorpusAppFactory();
        await File.WriteAllTextAsync(app.FeedHistory, "{\"Version\": 1, \"Facts\": [tru", TestContext.Current.CancellationToken);
        var feed = await Feed(app.CreateClient(), "/feed.atom");
        Assert.NotEmpty(feed.Items);
        var aside = Directory.GetFiles(Path.GetDirectoryName(app.FeedHistory)!, Path.GetFileName(app.FeedHistory) + ".unreadable-*");
        Assert.Equal("{\"Version\": 1, \"Facts\": [tru", await File.ReadAllTextAsync(Assert.Single(aside), TestContext.Current.CancellationToken));
        File.Delete(aside[0]);
    }

    [Fact]
    public async Task A_history_that_cannot_be_written_leaves_no_temporary_file_and_the_feed_still_answers()
    {
        using var app = new CorpusAppFactory();
        var folder = Path.GetDirectoryName(app.FeedHistory)!;
        var prefix = Path.GetFileName(app.FeedHistory);
        // What a crash left an hour ago goes; a folder where the history should be makes every write fail after its
        // temporary file is written, as a full disk does.
        var leftover = Path.Combine(folder, $"{prefix}.1.1.tmp");
        await File.WriteAllTextAsync(leftover, "{\"Version\": 1, \"Fa", TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddHours(-1));
        Directory.CreateDirectory(app.FeedHistory);
        try
        {
            var feed = await Feed(app.CreateClient(), "/feed.atom");
            Assert.NotEmpty(feed.Items);
            Assert.Empty(Directory.GetFiles(folder, $"{prefix}.*.tmp"));
            Assert.Contains(app.Logs.Messages(Serilog.Events.LogEventLevel.Error), m => m.Contains("could not be written", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(app.FeedHistory);
        }
    }

    [Fact]
    public async Task A_control_character_in_an_articles_front_matter_never_breaks_a_feed_nor_its_history_after_a_restart()
    {
        // Written for this test: front matter whose title and outlet hold a control character (YAML's "\u0001").
        const string Hostile = "---\ntitle: \"Poisoned \\u0001 title\"\noutlet: \"Bad \\u0001 Outlet\"\npublished: 2024-03-06\n"
            + "treaty: Chile–Vietnam Trade Agreement\nparties: [Chile, Vietnam]\n---\n"
            + "HANOI (Andes Ledger) – Vietnam's National Assembly ratified the Chile–Vietnam Trade Agreement on 5 March 2024.\n";
        static bool Poisoned(System.ServiceModel.Syndication.SyndicationItem e) =>
            e.Title.Text.Contains("Poisoned", StringComparison.Ordinal) || e.Title.Text.Contains("Bad", StringComparison.Ordinal);
        var first = new CorpusAppFactory { KeepFolder = true };
        try
        {
            var client = first.CreateClient();
            var before = await Feed(client, "/feed.atom");
            await File.WriteAllTextAsync(Path.Combine(first.Folder, "poisoned.txt"), Hostile, TestContext.Current.CancellationToken);
            var after = await Eventually(client, "/feed.atom", f => f.Items.Count() > before.Items.Count());
            Assert.Contains(after.Items, Poisoned);
            File.Delete(Path.Combine(first.Folder, "poisoned.txt"));
        }
        finally
        {
            await first.DisposeAsync();
        }

        using var restarted = CorpusAppFactory.RestartOf(first);
        try
        {
            Assert.Contains((await Feed(restarted.CreateClient(), "/feed.atom")).Items, Poisoned);
        }
        finally
        {
            restarted.KeepFolder = false;
        }
    }

    [Fact]
    public async Task Feeds_are_atom_and_pages_link_to_them()
    {
        using var app = new CorpusAppFactory();
        var client = app.CreateClient();
        var response = await client.GetAsync($"/treaties/{Trade}/feed.atom", TestContext.Current.CancellationToken);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/feed.atom"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/treaties/no-such-treaty/feed.atom", TestContext.Current.CancellationToken)).StatusCode);

        var page = await Html.GetAsync(client, $"/treaties/{Trade}");
        var alternates = page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["/feed.atom", $"/treaties/{Trade}/feed.atom"], alternates);
        var home = await Html.GetAsync(client, "/");
        Assert.Equal(["/feed.atom"], home.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")));
    }

    private static async Task<SyndicationFeed> Feed(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        using var reader = XmlReader.Create(stream);
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), $"{path} is not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static async Task<SyndicationFeed> Eventually(HttpClient client, string path, Func<SyndicationFeed, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var feed = await Feed(client, path);
            if (done(feed) || DateTime.UtcNow > deadline)
            {
                return feed;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public void A_restart_over_an_unchanged_corpus_keeps_the_history_and_does_not_write_it_again()
    {
        // Before, the first record after a start always wrote the whole history back, though nothing had changed:
        // 0.5-0.8 s of a restart over 10,000 reports.
        var work = Directory.CreateTempSubdirectory("tb-feeds-");
        try
        {
            var corpus = TreatyBrowser.Core.CorpusBuilder.Build(TreatyBrowser.Core.Loading.SeedFolder.Read(Seed.Folder), new TreatyBrowser.Core.Extraction.ExtractionPipeline(),
                cancellationToken: TestContext.Current.CancellationToken);
            TreatyBrowser.Web.Features.Feeds.FeedHistory History() => new(
                Microsoft.Extensions.Options.Options.Create(new TreatyBrowser.Web.Features.Feeds.FeedOptions { HistoryPath = Path.Combine(work.FullName, "feeds.json") }),
                Microsoft.Extensions.Options.Options.Create(new TreatyBrowser.Web.Hosting.SeedsOptions { Path = Seed.Folder }),
                new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = work.FullName },
                Microsoft.Extensions.Logging.Abstractions.NullLogger<TreatyBrowser.Web.Features.Feeds.FeedHistory>.Instance);

            var first = History();
            first.Record(corpus);
            var entries = first.Entries(null);
            Assert.NotEmpty(entries);
            var written = File.GetLastWriteTimeUtc(first.FilePath);
            File.SetLastWriteTimeUtc(first.FilePath, written.AddMinutes(-5));

            var restarted = History();
            restarted.Record(corpus);
            Assert.Equal(written.AddMinutes(-5), File.GetLastWriteTimeUtc(restarted.FilePath));
            Assert.Equal(entries.Select(e => e.Id), restarted.Entries(null).Select(e => e.Id));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
