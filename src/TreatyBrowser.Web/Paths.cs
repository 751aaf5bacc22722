namespace TreatyBrowser.Web;

/// <summary>Every permalink the app hands out, built in one place so that routes and links cannot drift apart.</summary>
public static class Paths
{
    public static string Source(string documentId) => $"/sources/{Uri.EscapeDataString(documentId)}";

    public static string Sentence(string documentId, string sentenceId) => $"{Source(documentId)}#{sentenceId}";

    public static string Treaty(string treatyId) => $"/treaties/{Uri.EscapeDataString(treatyId)}";

    public static string Category(string treatyId, string category) => $"{Treaty(treatyId)}/clauses/{Uri.EscapeDataString(category)}";

    public static string Clause(string treatyId, string category, string clauseId) => $"{Category(treatyId, category)}/{Uri.EscapeDataString(clauseId)}";

    public static string Timeline(string treatyId) => $"{Treaty(treatyId)}/timeline";

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
