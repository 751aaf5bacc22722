namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>One URL of each page type, for the checks every page must pass.</summary>
internal static class PageTypes
{
    public const string Treaty = Seed.Treaty;
    public const string Document = Seed.Document;

    public static TheoryData<string, string> All => new()
    {
        { "home", "/" },
        { "treaty", $"/treaties/{Treaty}" },
        { "category", $"/treaties/{Treaty}/clauses/defence" },
        { "clause", $"/treaties/{Treaty}/clauses/defence/joint-military-exercises" },
        { "timeline", $"/treaties/{Treaty}/timeline" },
        { "source", $"/sources/{Document}#s-8" },
        { "search", "/search?q=joint+exercises" },
        { "not-found", "/treaties/no-such-treaty" },
        { "status", "/status" },
        { "analyze", "/analyze" },
        { "compare", $"/compare?t={Treaty}" },
        { "sources", "/sources" },
        { "about", "/about" },
    };
}
