using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Tests.Hosting;

/// <summary>
/// Saved snapshots, as an operator sees them: a restart over unchanged seeds reads the snapshot and extracts nothing;
/// a corrupt snapshot is logged, never served, and rebuilt from the seeds; a change to one file on a running app
/// analyses that file alone.
/// </summary>
public sealed class SnapshotRestartTests
{
    private const string Trade = "chile-vietnam-trade-agreement";

    // Written for this test: one more report on the trade agreement, as Markdown.
    private const string Customs = "---\ntreaty: Chile–Vietnam Trade Agreement\n---\n# Customs\n\nThe agreement also commits both governments to open a joint customs office in each capital.\n";

    [Fact]
    public async Task With_snapshots_turned_off_the_app_starts_and_serves_without_a_saver()
    {
        // Before, the corpus holder was resolved with a null saver, which dependency injection cannot match to a
        // parameter: Snapshots:Enabled=false stopped the app at start.
        using var app = new TestApp(new() { Settings = new Dictionary<string, string> { ["Snapshots:Enabled"] = "false" } });
        var response = await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Null(app.Services.GetRequiredService<CorpusHolder>().Saver);
    }

    [Fact]
    public async Task A_restart_over_unchanged_seeds_reads_the_snapshot_and_serves_the_same_pages()
    {
        var first = new CorpusAppFactory { KeepFolder = true };
        string page, api;
        try
        {
            var client = first.CreateClient();
            (page, api) = (await Text(client, $"/treaties/{Trade}"), await Text(client, "/api/clauses"));
            await SavedAsync(first);
        }
        finally
        {
            await first.DisposeAsync();
        }

        using var restarted = CorpusAppFactory.RestartOf(first);
        try
        {
            var client = restarted.CreateClient();
            Assert.Equal(api, await Text(client, "/api/clauses"));
            Assert.Equal(page, await Text(client, $"/treaties/{Trade}"));
            var ready = Assert.Single(restarted.Logs.Messages(LogEventLevel.Information), m => m.StartsWith("Corpus of", StringComparison.Ordinal));
            Assert.Contains("from the snapshot saved in", ready, StringComparison.Ordinal);
            Assert.Contains(" 0 analysed", ready, StringComparison.Ordinal);
            Assert.DoesNotContain(restarted.Logs.Messages(LogEventLevel.Information), m => m.StartsWith("Loaded ", StringComparison.Ordinal));
        }
        finally
        {
            restarted.KeepFolder = false;
        }
    }

    [Fact]
    public async Task A_corrupt_snapshot_is_logged_and_rebuilt_from_the_seeds()
    {
        var first = new CorpusAppFactory { KeepFolder = true };
        string api, snapshot;
        try
        {
            api = await Text(first.CreateClient(), "/api/clauses");
            await SavedAsync(first);
            var folder = first.Services.GetRequiredService<CorpusHolder>().Saver!.Folder;
            snapshot = Path.Combine(folder, File.ReadAllText(Path.Combine(folder, "current")).Trim());
        }
        finally
        {
            await first.DisposeAsync();
        }

        // Half of the model file, as a crash in the middle of a copy would leave it.
        var model = Path.Combine(snapshot, "model.bin");
        var bytes = await File.ReadAllBytesAsync(model, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(model, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);

        using var restarted = CorpusAppFactory.RestartOf(first);
        try
        {
            Assert.Equal(api, await Text(restarted.CreateClient(), "/api/clauses"));
            Assert.Contains(restarted.Logs.Messages(LogEventLevel.Warning), m => m.StartsWith("Not starting from a saved snapshot",
                StringComparison.Ordinal) && m.Contains("partial", StringComparison.Ordinal));
            Assert.Contains(restarted.Logs.Messages(LogEventLevel.Information), m => m.StartsWith("Corpus of", StringComparison.Ordinal) && m.Contains("built whole", StringComparison.Ordinal));

            // And a whole snapshot replaces it.
            await SavedAsync(restarted);
            var folder = restarted.Services.GetRequiredService<CorpusHolder>().Saver!.Folder;
            Assert.NotEqual(Path.GetFileName(snapshot), File.ReadAllText(Path.Combine(folder, "current")).Trim());
        }
        finally
        {
            restarted.KeepFolder = false;
        }
    }

    [Fact]
    public async Task A_new_file_on_a_running_app_is_the_only_one_analysed()
    {
        using var app = new CorpusAppFactory();
        var client = app.CreateClient();
        Assert.DoesNotContain("customs office", await Text(client, $"/treaties/{Trade}/clauses/economic"), StringComparison.Ordinal);

        await File.WriteAllTextAsync(Path.Combine(app.Folder, "trade-customs.md"), Customs, TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await Text(client, $"/treaties/{Trade}/clauses/economic")).Contains("customs office", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var reload = app.Logs.Messages(LogEventLevel.Information).Last(m => m.StartsWith("Corpus of", StringComparison.Ordinal));
        Assert.Contains("from the previous snapshot", reload, StringComparison.Ordinal);
        Assert.Contains(" 1 analysed", reload, StringComparison.Ordinal);
        Assert.Contains(" 1 treaties built", reload, StringComparison.Ordinal);
        var search = await Text(client, "/search?q=%22customs+office%22");
        Assert.Contains("trade-customs", search, StringComparison.Ordinal);
    }

    private static async Task SavedAsync(CorpusAppFactory app) => await app.Services.GetRequiredService<CorpusHolder>().Saver!.Idle;

    private static async Task<string> Text(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
