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
/// The rules for one kind of address, stated once: the page cache, the rate limits, the methods a page answers and
/// the error format all read them here.
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

    /// <summary>The methods a page answers; routing answers for the API itself, per route.</summary>
    public string AllowedMethods => PostToo ? "GET, HEAD, POST" : "GET, HEAD";

    public LimitKind LimitFor(string method) => PostToo && !HttpMethods.IsPost(method) ? LimitKind.None : Limit;

    public bool ExpensiveFor(string method) => Expensive && (!PostToo || HttpMethods.IsPost(method));
}

/// <summary>
/// The rules of each kind of address, stated once and attached to its endpoints as metadata (<c>WithMetadata</c>, or a
/// page convention), so that every middleware reads them from the endpoint routing chose: no address is matched a
/// second time by string. A request no endpoint takes (a static file, an address that does not exist) is a plain page,
/// or under <c>/api</c> the API's (so an address the API lacks still answers problem details): the one rule by path.
/// </summary>
public static class RoutePolicies
{
    public static readonly RoutePolicy Page = new(AddressKind.Page);

    /// <summary>A clause page: its evidence is paged, but each page quotes up to fifty sentences.</summary>
    public static readonly RoutePolicy Clause = new(AddressKind.Page, Limit: LimitKind.Api);

    public static readonly RoutePolicy SearchPage = new(AddressKind.Page, Limit: LimitKind.Search, Expensive: true);

    public static readonly RoutePolicy AnalyzePage = new(AddressKind.Page, Cached: false, Limit: LimitKind.Analyze, Expensive: true, PostToo: true);

    public static readonly RoutePolicy Api = new(AddressKind.Api, Limit: LimitKind.Api);

    public static readonly RoutePolicy Search = new(AddressKind.Api, Limit: LimitKind.Search, Expensive: true);

    public static readonly RoutePolicy Analyze = new(AddressKind.Api, Cached: false, Limit: LimitKind.Analyze, Expensive: true);

    public static readonly RoutePolicy OpenApi = new(AddressKind.OpenApi, Limit: LimitKind.Api);

    public static readonly RoutePolicy Export = new(AddressKind.Export, Limit: LimitKind.Api, Expensive: true);

    public static readonly RoutePolicy Feed = new(AddressKind.Feed);

    public static readonly RoutePolicy Health = new(AddressKind.Health, Cached: false);

    /// <summary>The rules of the endpoint routing chose for this request.</summary>
    public static RoutePolicy Of(HttpContext context) => Of(context.GetEndpoint(), context.Request.Path);

    /// <summary>The rules of <paramref name="endpoint"/>, or for none (or one of the framework's own, such as its 405) those of an address nobody routes.</summary>
    public static RoutePolicy Of(Endpoint? endpoint, PathString path) =>
        endpoint?.Metadata.GetMetadata<RoutePolicy>() ?? (path.StartsWithSegments("/api") ? Api : Page);
}
