using System.Text;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Analyses one pasted or uploaded article on its own, as a corpus of one that is never stored or served.
/// </summary>
public static class PastedArticle
{
    /// <summary>The largest article accepted, in UTF-8 bytes.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The plain message for an article over the limit (sent with a 413).</summary>
    public static string TooLarge(long bytes) =>
        $"The article is {bytes:N0} bytes; the limit is {MaxBytes:N0} bytes (256 KB). Paste a single article.";

    /// <summary>Analyses <paramref name="text"/>; a null corpus comes back with the reason when it cannot be read.</summary>
    public static (Corpus? Corpus, string? Error) Analyse(string text, bool markdown, DateOnly? published, ExtractionPipeline pipeline)
    {
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return (null, TooLarge(Encoding.UTF8.GetByteCount(text)));
        }

        try
        {
            var document = DocumentLoader.Load(markdown ? "pasted.md" : "pasted.txt", text.ReplaceLineEndings("\n"));
            if (published is not null)
            {
                document = document with { Metadata = document.Metadata with { Published = published } };
            }

            return (Corpus.Build(new SeedFolderContents([document], []), pipeline), null);
        }
        catch (LoadException e)
        {
            return (null, $"The text could not be read as an article: {e.Message}.");
        }
    }
}
