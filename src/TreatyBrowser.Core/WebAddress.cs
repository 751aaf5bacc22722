namespace TreatyBrowser.Core;

/// <summary>
/// Which link targets from an article may become links: http and https addresses and relative ones. Anything else
/// (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>...) stays text, so a seed cannot make a link
/// that runs code or reads local files when a reader clicks it.
/// </summary>
public static class WebAddress
{
    /// <summary>An absolute http or https address, as a source's <c>url</c> must be.</summary>
    public static bool IsAbsoluteWeb(string? url) =>
        IsLinkable(url) && SchemeOf(url!) is "http" or "https" && Uri.TryCreate(url, UriKind.Absolute, out _);

    /// <summary>An http, https or relative target that is safe to put in <c>href</c>.</summary>
    public static bool IsLinkable(string? url)
    {
        // Browsers drop tabs and newlines inside a URL and trim spaces and control characters around it
        // ("java\tscript:"), so any such character makes the target suspect: it stays text.
        if (string.IsNullOrEmpty(url) || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\'))
        {
            return false;
        }

        return SchemeOf(url) is null or "http" or "https";
    }

    // The scheme is what comes before the first ':' if no '/', '?' or '#' comes before it (RFC 3986).
    private static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || url.AsSpan(0, colon).IndexOfAny('/', '?', '#') >= 0)
        {
            return null;
        }

        return url[..colon].ToLowerInvariant();
    }
}
