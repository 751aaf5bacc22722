
namespace TreatyBrowser.Web.Tests.Features.Search;

/// <summary>A deployment extends the synonym list with its own file, without a rebuild.</summary>
public sealed class SynonymSettingTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"tb-synonyms-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task A_synonym_file_from_the_setting_is_used_by_search()
    {
        File.WriteAllText(_file, "# ours\nmanoeuvre, exercises\nlender, interbank\n");
        await using var app = new TestApp(new() { Settings = new Dictionary<string, string> { ["Search:SynonymsPath"] = _file } });
        var withList = await app.CreateClient().GetStringAsync("/api/search?q=lender", TestContext.Current.CancellationToken);
        Assert.Contains("interbank-cooperation", withList, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_synonym_file_stops_the_app_at_start_with_the_reason()
    {
        using var app = new TestApp(new() { Settings = new Dictionary<string, string> { ["Search:SynonymsPath"] = _file + ".missing" } });
        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("does not exist", e.ToString(), StringComparison.Ordinal);
    }
}
