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
}
