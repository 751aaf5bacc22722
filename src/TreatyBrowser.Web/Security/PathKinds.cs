namespace TreatyBrowser.Web.Security;

/// <summary>
/// Which addresses are for programs rather than readers, decided in one place: the refusals, the error handler, the
/// rate limits and HEAD handling all ask here.
/// </summary>
public static class PathKinds
{
    /// <summary>The JSON API: its errors are problem details.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    /// <summary>The API, the OpenAPI document and the per-treaty exports (<c>/treaties/{id}/export.csv</c> and the like).</summary>
    public static bool IsForPrograms(PathString path) =>
        IsApi(path) || path.StartsWithSegments("/openapi")
        || IsExport(path);

    /// <summary>An Atom feed: the corpus's or a treaty's.</summary>
    public static bool IsFeed(PathString path) =>
        path.Value is { } value && value.EndsWith("/feed.atom", StringComparison.OrdinalIgnoreCase);

    /// <summary>A treaty's export. Route matching ignores case, so /treaties/x/EXPORT.JSON is an export too.</summary>
    public static bool IsExport(PathString path) =>
        path.StartsWithSegments("/treaties") && path.Value!.Contains("/export.", StringComparison.OrdinalIgnoreCase);
}
