using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>The one route table: each kind of address gets its rules, whatever the case it is written in.</summary>
public sealed class RouteTableTests
{
    [Theory]
    [InlineData("/", "GET", AddressKind.Page, true, LimitKind.None, false)]
    [InlineData("/treaties/t/clauses/defence/x", "GET", AddressKind.Page, true, LimitKind.Api, false)]
    [InlineData("/treaties/t/clauses/defence", "GET", AddressKind.Page, true, LimitKind.None, false)]
    [InlineData("/search", "GET", AddressKind.Page, true, LimitKind.Search, true)]
    [InlineData("/SEARCH", "GET", AddressKind.Page, true, LimitKind.Search, true)]
    [InlineData("/analyze", "GET", AddressKind.Page, false, LimitKind.None, false)]
    [InlineData("/analyze", "POST", AddressKind.Page, false, LimitKind.Analyze, true)]
    [InlineData("/api/treaties", "GET", AddressKind.Api, true, LimitKind.Api, false)]
    [InlineData("/API/Treaties", "GET", AddressKind.Api, true, LimitKind.Api, false)]
    [InlineData("/api/search", "GET", AddressKind.Api, true, LimitKind.Search, true)]
    [InlineData("/api/analyze", "POST", AddressKind.Api, false, LimitKind.Analyze, true)]
    [InlineData("/treaties/t/export.json", "GET", AddressKind.Export, true, LimitKind.Api, true)]
    [InlineData("/treaties/t/EXPORT.JSON", "GET", AddressKind.Export, true, LimitKind.Api, true)]
    [InlineData("/openapi/v1.json", "GET", AddressKind.OpenApi, true, LimitKind.Api, false)]
    [InlineData("/feed.atom", "GET", AddressKind.Feed, true, LimitKind.None, false)]
    [InlineData("/treaties/t/Feed.Atom", "GET", AddressKind.Feed, true, LimitKind.None, false)]
    [InlineData("/status", "GET", AddressKind.Health, false, LimitKind.None, false)]
    [InlineData("/Status", "GET", AddressKind.Health, false, LimitKind.None, false)]
    [InlineData("/healthz", "GET", AddressKind.Health, false, LimitKind.None, false)]
    [InlineData("/css/site.css", "GET", AddressKind.Asset, true, LimitKind.None, false)]
    public void Each_address_gets_its_rules(string path, string method, AddressKind kind, bool cached, LimitKind limit, bool expensive)
    {
        var policy = RouteTable.For(path);
        Assert.Equal(kind, policy.Kind);
        Assert.Equal(cached, policy.Cached);
        Assert.Equal(limit, policy.LimitFor(method));
        Assert.Equal(expensive, policy.ExpensiveFor(method));
    }

    [Fact]
    public void Only_the_api_answers_problem_details_and_only_programs_take_head_as_get()
    {
        Assert.True(RouteTable.For("/api/clauses").ProblemDetails);
        Assert.False(RouteTable.For("/treaties/t/export.csv").ProblemDetails);
        Assert.True(RouteTable.For("/treaties/t/export.csv").HeadAsGet);
        Assert.True(RouteTable.For("/feed.atom").HeadAsGet);
        Assert.False(RouteTable.For("/treaties/t").HeadAsGet);
        Assert.Equal("GET, HEAD, POST", RouteTable.For("/analyze").AllowedMethods);
        Assert.Equal("GET, HEAD", RouteTable.For("/sources/x").AllowedMethods);
    }
}
