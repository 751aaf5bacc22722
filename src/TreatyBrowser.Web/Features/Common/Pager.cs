namespace TreatyBrowser.Web.Features.Common;

/// <summary>
/// What the pager partial draws: a page window, the list's first-page address, what it lists, and where the pager
/// stands (a page with a pager above and below must label them apart for screen readers).
/// </summary>
public sealed record Pager(PageWindow Window, string Path, string Noun, string Position = "top")
{
    public Pager Below() => this with { Position = "bottom" };
}
