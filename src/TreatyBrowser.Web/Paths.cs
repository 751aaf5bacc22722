namespace TreatyBrowser.Web;

/// <summary>Every permalink the app hands out, built in one place so that routes and links cannot drift apart.</summary>
public static class Paths
{
    public const string Home = "/";

    public const string About = "/about";

    public const string Analyze = "/analyze";

    public const string Compare = "/compare";

    public const string Sources = "/sources";

    public const string Status = "/status";

    public const string Health = "/healthz";

    public const string Error = "/error";

    public const string NotFound = "/not-found";

    public const string OpenApi = "/openapi/v1.json";

    /// <summary>The JSON API's lists and actions (each takes <c>?page=</c> or its filters as the API describes).</summary>
    public static class Api
    {
        public const string Treaties = "/api/treaties";

        public const string Documents = "/api/documents";

        public const string Clauses = "/api/clauses";

        public const string Profile = "/api/profile";

        public const string Entities = "/api/entities";

        public const string Timeline = "/api/timeline";

        public const string Search = "/api/search";

        public const string Analyze = "/api/analyze";
    }

    public static string Source(string documentId) => $"/sources/{Uri.EscapeDataString(documentId)}";

    /// <summary>Page <paramref name="page"/> of a long article; page 1 is the article's own address.</summary>
    public static string SourcePage(string documentId, int page) => page <= 1 ? Source(documentId) : $"{Source(documentId)}?page={page}";

    /// <summary>
    /// A sentence on its page of the article. The page of s-N and of the dateline follows from the id; a heading's
    /// does not, so its link goes through <see cref="SentenceResolver"/>, which answers with the page.
    /// </summary>
    public static string Sentence(string documentId, string sentenceId) =>
        Features.Sources.SourcePages.PageOf(sentenceId) is { } page
            ? $"{SourcePage(documentId, page)}#{sentenceId}"
            : SentenceResolver(documentId, sentenceId);

    /// <summary>An address that redirects to a sentence's page and fragment, whatever its id.</summary>
    public static string SentenceResolver(string documentId, string sentenceId) =>
        $"{Source(documentId)}/sentences/{Uri.EscapeDataString(sentenceId)}";

    public static string Treaty(string treatyId) => $"/treaties/{Uri.EscapeDataString(treatyId)}";

    public static string Category(string treatyId, string category) => $"{Treaty(treatyId)}/clauses/{Uri.EscapeDataString(category)}";

    public static string Clause(string treatyId, string category, string clauseId) => $"{Category(treatyId, category)}/{Uri.EscapeDataString(clauseId)}";

    /// <summary>Page <paramref name="page"/> of a clause's evidence; page 1 is the clause's own address.</summary>
    public static string ClausePage(string treatyId, string category, string clauseId, int page) =>
        Features.Common.PageWindow.Link(Clause(treatyId, category, clauseId), page);

    public static string Timeline(string treatyId) => $"{Treaty(treatyId)}/timeline";

    /// <summary>A treaty's whole model as JSON.</summary>
    public static string ExportJson(string treatyId) => $"{Treaty(treatyId)}/export.json";

    /// <summary>A treaty's clauses with their evidence as CSV.</summary>
    public static string ExportCsv(string treatyId) => $"{Treaty(treatyId)}/export.csv";

    /// <summary>A treaty's Markdown brief.</summary>
    public static string ExportMarkdown(string treatyId) => $"{Treaty(treatyId)}/export.md";

    /// <summary>The JSON API's address for a treaty.</summary>
    public static string TreatyJson(string treatyId) => $"/api/treaties/{Uri.EscapeDataString(treatyId)}";

    /// <summary>The JSON API's address for a clause.</summary>
    public static string ClauseJson(string treatyId, string category, string clauseId) =>
        $"/api/clauses/{Uri.EscapeDataString(treatyId)}/{Uri.EscapeDataString(category)}/{Uri.EscapeDataString(clauseId)}";

    /// <summary>The JSON API's address for a treaty's timeline.</summary>
    public static string TimelineJson(string treatyId) => $"/api/timeline?treaty={Uri.EscapeDataString(treatyId)}";

    /// <summary>The JSON API's address for a document.</summary>
    public static string DocumentJson(string documentId) => $"/api/documents/{Uri.EscapeDataString(documentId)}";

    /// <summary>A treaty's Atom feed of changes.</summary>
    public static string Feed(string treatyId) => $"{Treaty(treatyId)}/feed.atom";

    /// <summary>The Atom feed of changes across the corpus.</summary>
    public const string CorpusFeed = "/feed.atom";

    public static string Search(string query) => $"/search?q={Uri.EscapeDataString(query)}";

    /// <summary>
    /// A sentence link that also carries a text fragment (<c>#s-8:~:text=first%20words,last%20words</c>), so a browser
    /// finds the sentence even in a copy of the article that lacks our ids.
    /// </summary>
    public static string SentenceWithText(string documentId, string sentenceId, string sentenceText)
    {
        var words = sentenceText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fragment = words.Length <= 8
            ? FragmentPart(sentenceText)
            : $"{FragmentPart(string.Join(' ', words[..4]))},{FragmentPart(string.Join(' ', words[^4..]))}";
        return $"{Sentence(documentId, sentenceId)}:~:text={fragment}";
    }

    // Text fragments reserve '-', ',' and '&': they must be percent-encoded inside the text.
    private static string FragmentPart(string text) =>
        Uri.EscapeDataString(text).Replace("-", "%2D", StringComparison.Ordinal);
}
