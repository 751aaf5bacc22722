using System.Diagnostics;
using System.Net;
using Serilog.Events;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// The seeds folder vanishes or stops being a readable folder while the app runs: the last good corpus keeps being
/// served, /status, /healthz and the log say so, and when the folder is back it is read and watched again.
/// </summary>
public sealed class SeedsFolderFaultTests : IDisposable
{
    private const string Treaty = "/treaties/estonia-finland-mutual-defence-treaty";

    private readonly CorpusAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_file_name_with_a_newline_cannot_forge_a_log_line()
    {
        var client = _app.CreateClient();
        await File.WriteAllTextAsync(Path.Combine(_app.Folder, "note\n[12:00:00 ERR] forged.txt"),
            "Ruritania and Freedonia signed the Late Treaty on Monday, officials said.\n", TestContext.Current.CancellationToken);
        await WaitForStatus(client, body => body.Contains("forged.txt", StringComparison.Ordinal));
        var logged = _app.Logs.Messages(LogEventLevel.Information).Where(m => m.Contains("forged.txt", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(logged);
        Assert.All(logged, m => Assert.DoesNotContain("\n", m, StringComparison.Ordinal));
        Assert.Contains(logged, m => m.Contains("u000a[12:00:00 ERR] forged.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_that_vanishes_leaves_the_last_corpus_served_and_says_so_until_it_is_back()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Treaty, TestContext.Current.CancellationToken)).StatusCode);
        var moved = _app.Folder + "-away";
        Directory.Move(_app.Folder, moved);
        try
        {
            var status = await WaitForStatus(client, body => body.Contains("data-problem", StringComparison.Ordinal));
            Assert.Contains("does not exist", status, StringComparison.Ordinal);
            Assert.Contains("Still serving the corpus loaded at", status, StringComparison.Ordinal);

            // Every page of the last good corpus is still there.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Treaty, TestContext.Current.CancellationToken)).StatusCode);
            Assert.Contains("estonia-finland", await client.GetStringAsync("/api/treaties", TestContext.Current.CancellationToken), StringComparison.Ordinal);
            // A monitor sees it: Degraded is 503, and no public answer shows where the server keeps its files.
            var health = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.StartsWith("Degraded", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.DoesNotContain(_app.Folder, status, StringComparison.Ordinal);
            Assert.Contains(_app.Logs.Messages(LogEventLevel.Warning), m => m.Contains("does not exist", StringComparison.Ordinal) && m.Contains("still serving the corpus", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Move(moved, _app.Folder);
        }

        // Back: read again, and watched again (a new article shows up).
        await WaitForStatus(client, body => !body.Contains("data-problem", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(_app.Folder, "late.txt"),
            "---\ntreaty: Late Treaty\nparties: [Ruritania, Freedonia]\n---\nRuritania and Freedonia signed the Late Treaty on Monday, officials said.\n", TestContext.Current.CancellationToken);
        await WaitForStatus(client, body => body.Contains("late.txt", StringComparison.Ordinal));
        Assert.Contains(_app.Logs.Messages(LogEventLevel.Information), m => m.Contains("can be read again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_replaced_by_a_file_is_unreadable_and_the_last_corpus_stays()
    {
        var client = _app.CreateClient();
        var before = await client.GetStringAsync("/api/documents", TestContext.Current.CancellationToken);
        var moved = _app.Folder + "-away";
        Directory.Move(_app.Folder, moved);
        await File.WriteAllTextAsync(_app.Folder, "not a folder", TestContext.Current.CancellationToken);
        try
        {
            var status = await WaitForStatus(client, body => body.Contains("data-problem", StringComparison.Ordinal));
            Assert.Contains("is a file, not a folder", status, StringComparison.Ordinal);
            Assert.Equal(before, await client.GetStringAsync("/api/documents", TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(_app.Folder);
            Directory.Move(moved, _app.Folder);
        }

        await WaitForStatus(client, body => !body.Contains("data-problem", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Emptying_a_folder_that_is_still_there_is_a_real_change_and_is_shown()
    {
        var client = _app.CreateClient();
        foreach (var file in Directory.EnumerateFiles(_app.Folder, "*", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        var status = await WaitForStatus(client, body => body.Contains("data-documents=\"0\"", StringComparison.Ordinal));
        Assert.DoesNotContain("data-problem", status, StringComparison.Ordinal);
    }

    private static async Task<string> WaitForStatus(HttpClient client, Func<string, bool> condition)
    {
        var watch = Stopwatch.StartNew();
        // Generous: the first reload of a host compiles the lexicon's patterns, seconds on a busy 2-core machine.
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            var body = await client.GetStringAsync("/status", CancellationToken.None);
            if (condition(body))
            {
                return body;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        Assert.Fail("/status did not show the change within 30 s");
        return "";
    }
}
