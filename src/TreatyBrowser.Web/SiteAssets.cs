namespace TreatyBrowser.Web;

/// <summary>A version stamp for static assets, so a new build's stylesheet is never served from a stale cache.</summary>
public static class SiteAssets
{
    public static readonly string Version = typeof(SiteAssets).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];
}
