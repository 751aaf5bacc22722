namespace TreatyBrowser.Web;

/// <summary>Every permalink the app hands out, built in one place so that routes and links cannot drift apart.</summary>
public static class Paths
{
    public static string Source(string documentId) => $"/sources/{Uri.EscapeDataString(documentId)}";

    public static string Sentence(string documentId, string sentenceId) => $"{Source(documentId)}#{sentenceId}";
}
