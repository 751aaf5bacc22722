namespace TreatyBrowser.Web.Features.Common;

/// <summary>What the layout needs from every page: its title and its permalink.</summary>
public interface IPageMetadata
{
    /// <summary>The page's title, shown in the tab and as its h1.</summary>
    string Title { get; }

    /// <summary>The page's canonical path, emitted as <c>&lt;link rel="canonical"&gt;</c>.</summary>
    string CanonicalPath { get; }

    /// <summary>The treaty whose Atom feed the page offers beside the corpus's, if the page is about one treaty.</summary>
    Core.Model.Treaty? FeedTreaty => null;
}
