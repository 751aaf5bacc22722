namespace TreatyBrowser.Web.Tests.Features.Treaties;

/// <summary>The status table says what the reports say: a parliament that "approved" the treaty has not been reported to ratify it.</summary>
public sealed class StatusTableTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Approval_by_parliament_has_its_own_column_and_is_not_taken_for_ratification()
    {
        var page = await Html.GetAsync(app.CreateClient(), $"/treaties/{Seed.Treaty}");
        var table = page.QuerySelector("table.status")!;
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Party", "Signed", "Approved by parliament", "Ratified", "In force"], headers);
        var rows = table.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());
        Assert.Equal(["2025-01-17", "2025-04", "not reported", "not reported"], rows["Russia"]);
        Assert.Equal(["2025-01-17", "not reported", "2025-05-21", "not reported"], rows["Iran"]);
    }
}
