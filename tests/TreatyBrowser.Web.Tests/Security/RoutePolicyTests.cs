using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// Every address's rules (cache, limits, methods, error format) travel with its endpoint as a <see cref="RoutePolicy"/>
/// and are read after routing: each endpoint has one and an address built by <see cref="Paths"/>, and each kind of
/// address, however it is written, gets its rules from the endpoint routing really chose.
/// </summary>
public sealed class RoutePolicyTests : IAsyncLifetime
{
    private readonly SeenPolicies _seen = new();
    private TestApp _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = new TestApp(new() { Services = services => services.AddSingleton<IStartupFilter>(_seen) });
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public void Every_endpoint_carries_a_policy_and_is_reached_by_an_address_paths_builds()
    {
        _app.CreateClient();
        var addresses = PathsAddresses();
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            Assert.True(endpoint.Metadata.GetMetadata<RoutePolicy>() is not null, $"the endpoint {pattern} has no RoutePolicy");
            var matcher = new TemplateMatcher(TemplateParser.Parse(pattern.TrimStart('/')), new RouteValueDictionary());
            Assert.True(addresses.Any(a => matcher.TryMatch(a, [])), $"no address built by Paths reaches {pattern}");
        }
    }

    [Theory]
    [InlineData("/", "GET", AddressKind.Page, true, LimitKind.None, false)]
    [InlineData($"/treaties/{Seed.Treaty}/clauses/defence/joint-military-exercises", "GET", AddressKind.Page, true, LimitKind.Api, false)]
    [InlineData($"/treaties/{Seed.Treaty}/clauses/defence", "GET", AddressKind.Page, true, LimitKind.None, false)]
    [InlineData("/search?q=treaty", "GET", AddressKind.Page, true, LimitKind.Search, true)]
    [InlineData("/SEARCH?q=treaty", "GET", AddressKind.Page, true, LimitKind.Search, true)]
    [InlineData("/analyze", "GET", AddressKind.Page, false, LimitKind.None, false)]
    [InlineData("/analyze", "POST", AddressKind.Page, false, LimitKind.Analyze, true)]
    [InlineData("/api/treaties", "GET", AddressKind.Api, true, LimitKind.Api, false)]
    [InlineData("/API/Treaties", "GET", AddressKind.Api, true, LimitKind.Api, false)]
    [InlineData("/api/no-such-list", "GET", AddressKind.Api, true, LimitKind.Api, false)]
    [InlineData("/api/search?q=treaty", "GET", AddressKind.Api, true, LimitKind.Search, true)]
    [InlineData("/api/analyze", "POST", AddressKind.Api, false, LimitKind.Analyze, true)]
    [InlineData($"/treaties/{Seed.Treaty}/export.json", "GET", AddressKind.Export, true, LimitKind.Api, true)]
    [InlineData($"/treaties/{Seed.Treaty}/EXPORT.JSON", "GET", AddressKind.Export, true, LimitKind.Api, true)]
    [InlineData("/openapi/v1.json", "GET", AddressKind.OpenApi, true, LimitKind.Api, false)]
    [InlineData("/feed.atom", "GET", AddressKind.Feed, true, LimitKind.None, false)]
    [InlineData($"/treaties/{Seed.Treaty}/Feed.Atom", "GET", AddressKind.Feed, true, LimitKind.None, false)]
    [InlineData("/status", "GET", AddressKind.Health, false, LimitKind.None, false)]
    [InlineData("/Status", "GET", AddressKind.Health, false, LimitKind.None, false)]
    [InlineData("/healthz", "GET", AddressKind.Health, false, LimitKind.None, false)]
    [InlineData("/css/site.css", "GET", AddressKind.Page, true, LimitKind.None, false)]
    public async Task Each_address_gets_the_rules_of_the_endpoint_routing_chose(string url, string method, AddressKind kind, bool cached, LimitKind limit, bool expensive)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new StringContent("Chile and Peru signed a fisheries pact on Monday.");
        }

        await _app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var policy = _seen.Of(method, url);
        Assert.Equal(kind, policy.Kind);
        Assert.Equal(cached, policy.Cached);
        Assert.Equal(limit, policy.LimitFor(method));
        Assert.Equal(expensive, policy.ExpensiveFor(method));
    }

    [Fact]
    public void Only_the_api_answers_problem_details_and_only_the_analyse_page_also_takes_post()
    {
        Assert.True(RoutePolicies.Api.ProblemDetails);
        Assert.False(RoutePolicies.Export.ProblemDetails);
        Assert.Equal("GET, HEAD, POST", RoutePolicies.AnalyzePage.AllowedMethods);
        Assert.Equal("GET, HEAD", RoutePolicies.Page.AllowedMethods);
    }

    // Every address Paths builds: its constants, and each builder called with "x" for a string and 2 for a number.
    private static List<string> PathsAddresses()
    {
        var types = new[] { typeof(Paths) }.Concat(typeof(Paths).GetNestedTypes());
        var addresses = new List<string>();
        foreach (var type in types)
        {
            addresses.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!));
            foreach (var builder in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(string)))
            {
                var arguments = builder.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)2 : "x").ToArray();
                addresses.Add((string)builder.Invoke(null, arguments)!);
            }
        }

        // The path alone, as routing reads it: no query, no fragment.
        return [.. addresses.Select(a => a.Split('?', '#')[0])];
    }

    // Records, for each request, the policy of the endpoint routing chose, read once the request has run.
    private sealed class SeenPolicies : IStartupFilter
    {
        private readonly ConcurrentDictionary<string, RoutePolicy> _policies = new(StringComparer.Ordinal);

        public RoutePolicy Of(string method, string url) => _policies[$"{method} {url}"];

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                var key = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}";
                await following(context);
                _policies[key] = RoutePolicies.Of(context);
            });
            next(app);
        };
    }
}
