namespace TreatyBrowser.Web.Security;

/// <summary>What an address is, for the rules that depend on it.</summary>
public enum AddressKind
{
    /// <summary>A page for readers: HTML, the friendly 404.</summary>
    Page,

    /// <summary>The JSON API: errors are problem details.</summary>
    Api,

    /// <summary>A treaty's export (<c>/treaties/{id}/export.json</c>, <c>.csv</c>, <c>.md</c>).</summary>
    Export,

    /// <summary>The OpenAPI document.</summary>
    OpenApi,

    /// <summary>An Atom feed.</summary>
    Feed,

    /// <summary>The stylesheet.</summary>
    Asset,

    /// <summary>/healthz and /status: live answers about the server itself.</summary>
    Health,
}

/// <summary>Which per-client limit an address is counted under.</summary>
public enum LimitKind
{
    None,
    Search,
    Analyze,
    Api,
}

/// <summary>
/// The rules for one kind of address, stated once: the page cache, the rate limits, the methods a page answers,
/// HEAD handling and the error format all read them here.
/// </summary>
/// <param name="Kind">What the address is.</param>
/// <param name="Cached">Whether the page cache may keep its 200 answers (not for live or posted ones).</param>
/// <param name="Limit">The per-client bucket it counts against.</param>
/// <param name="Expensive">Whether it also takes a slot of the global pool for work that grows with what is asked.</param>
/// <param name="PostToo">A page that also takes POST (the analyse form): limited and expensive only when posted to.</param>
public sealed record RoutePolicy(AddressKind Kind, bool Cached = true, LimitKind Limit = LimitKind.None, bool Expensive = false, bool PostToo = false)
{
    /// <summary>Errors are RFC 9457 problem details, not pages.</summary>
    public bool ProblemDetails => Kind == AddressKind.Api;

    /// <summary>Minimal API routes are mapped for GET only; HEAD is answered as GET with the same headers.</summary>
    public bool HeadAsGet => Kind is AddressKind.Api or AddressKind.Export or AddressKind.OpenApi or AddressKind.Feed;

    /// <summary>The methods a page answers; routing answers for the API itself, per route.</summary>
    public string AllowedMethods => PostToo ? "GET, HEAD, POST" : "GET, HEAD";

    public LimitKind LimitFor(string method) => PostToo && !HttpMethods.IsPost(method) ? LimitKind.None : Limit;

    public bool ExpensiveFor(string method) => Expensive && (!PostToo || HttpMethods.IsPost(method));
}

/// <summary>
/// The one route table: every address the app serves, matched like routing matches (by segment, ignoring case, so
/// <c>/treaties/x/EXPORT.JSON</c> is an export), to the rules that apply to it. A new page or endpoint that needs
/// other rules than a plain page's adds its row here, and every middleware follows.
/// </summary>
public static class RouteTable
{
    private static readonly RoutePolicy PlainPage = new(AddressKind.Page);

    // First match wins.
    private static readonly (Func<PathString, bool> Matches, RoutePolicy Policy)[] Rows =
    [
        (p => p.StartsWithSegments("/api/search"), new(AddressKind.Api, Limit: LimitKind.Search, Expensive: true)),
        (p => p.StartsWithSegments("/api/analyze"), new(AddressKind.Api, Cached: false, Limit: LimitKind.Analyze, Expensive: true)),
        (p => p.StartsWithSegments("/api"), new(AddressKind.Api, Limit: LimitKind.Api)),
        (p => p.StartsWithSegments("/openapi"), new(AddressKind.OpenApi, Limit: LimitKind.Api)),
        (IsExport, new(AddressKind.Export, Limit: LimitKind.Api, Expensive: true)),
        (p => p.Value?.EndsWith("/feed.atom", StringComparison.OrdinalIgnoreCase) == true, new(AddressKind.Feed)),
        (IsClause, new(AddressKind.Page, Limit: LimitKind.Api)),
        (p => p.StartsWithSegments("/search"), new(AddressKind.Page, Limit: LimitKind.Search, Expensive: true)),
        (p => p.StartsWithSegments("/analyze"), new(AddressKind.Page, Cached: false, Limit: LimitKind.Analyze, Expensive: true, PostToo: true)),
        (p => p.StartsWithSegments("/healthz") || p.StartsWithSegments("/status"), new(AddressKind.Health, Cached: false)),
        (p => p.StartsWithSegments("/css"), new(AddressKind.Asset)),
    ];

    public static RoutePolicy For(PathString path)
    {
        foreach (var (matches, policy) in Rows)
        {
            if (matches(path))
            {
                return policy;
            }
        }

        return PlainPage;
    }

    // /treaties/{id}/clauses/{category}/{clause}: a clause page's evidence is paged, but each page still quotes up to
    // fifty sentences, so a client reading them all at speed counts against the API's allowance.
    private static bool IsClause(PathString path) =>
        path.StartsWithSegments("/treaties") && path.Value is { } value && value.AsSpan().Count('/') >= 5 && value.Contains("/clauses/", StringComparison.OrdinalIgnoreCase);

    private static bool IsExport(PathString path) =>
        path.StartsWithSegments("/treaties") && path.Value!.Contains("/export.", StringComparison.OrdinalIgnoreCase);
}
