using System.Text;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Web.Features.Analyze;

/// <summary>
/// Analyses one pasted or uploaded article on its own, as a corpus of one that is never stored or served.
/// </summary>
public static class PastedArticle
{
    /// <summary>
    /// Analyses <paramref name="text"/>; a null corpus comes back with the refusal when it cannot be read. When the
    /// reader leaves (<paramref name="cancellationToken"/>), the analysis stops between sentences.
    /// </summary>
    public static (Corpus? Corpus, AnalyzeRefusal? Refusal) Analyse(string text, bool markdown, DateOnly? published, ExtractionPipeline pipeline, CancellationToken cancellationToken)
    {
        if (AnalyzeInput.Size(Encoding.UTF8.GetByteCount(text)) is { } tooLarge)
        {
            return (null, tooLarge);
        }

        if (AnalyzeInput.Empty(text) is { } empty)
        {
            return (null, empty);
        }

        try
        {
            var document = DocumentLoader.Load(markdown ? "pasted.md" : "pasted.txt", text.ReplaceLineEndings("\n"));
            if (published is not null)
            {
                document = document with { Metadata = document.Metadata with { Published = published } };
            }

            return (CorpusBuilder.Build(new SeedFolderContents([document], []), pipeline, cancellationToken: cancellationToken), null);
        }
        catch (LoadException e)
        {
            return (null, new(StatusCodes.Status400BadRequest, "Article not readable", $"The text could not be read as an article: {e.Message}."));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Nobody is left to read the answer; the request log shows 499, the status for a client that closed.
            return (null, new(StatusCodes.Status499ClientClosedRequest, "Analysis stopped", "The request was closed before the analysis finished, so it was stopped."));
        }
    }
}
