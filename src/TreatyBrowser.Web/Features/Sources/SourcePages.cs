using System.Globalization;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Web.Features.Sources;

/// <summary>
/// How a long article is cut into pages. Page k holds running-text sentences s-(100k-99) to s-100k, with the
/// headings and dateline around them; a heading goes with the sentences that follow it. Because the cut is by
/// body sentence number, the page of <c>s-N</c> follows from its id alone, so every link to it can carry its page.
/// </summary>
public static class SourcePages
{
    public const int BodySentencesPerPage = 100;

    public static int Count(SourceDocument document) =>
        Math.Max(1, (document.BodySentences.Count() + BodySentencesPerPage - 1) / BodySentencesPerPage);

    /// <summary>The page of a sentence id when its id alone tells it (s-N, the dateline), else null.</summary>
    public static int? PageOf(string sentenceId)
    {
        if (sentenceId == "dateline")
        {
            return 1;
        }

        return sentenceId.StartsWith("s-", StringComparison.Ordinal)
               && int.TryParse(sentenceId.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? (n - 1) / BodySentencesPerPage + 1
            : null;
    }

    /// <summary>The page a sentence of this document is on, or null when it has no such sentence.</summary>
    public static int? PageOf(SourceDocument document, string sentenceId)
    {
        var count = Count(document);
        var body = 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Role == SentenceRole.Body)
            {
                body++;
            }

            if (sentence.Id == sentenceId)
            {
                // A heading heads what follows it: it shares the page of the next body sentence.
                var page = sentence.Role == SentenceRole.Body ? (body - 1) / BodySentencesPerPage + 1 : body / BodySentencesPerPage + 1;
                return Math.Min(page, count);
            }
        }

        return null;
    }

    /// <summary>The sentences shown on one page, in order.</summary>
    public static List<Sentence> SentencesOn(SourceDocument document, int page)
    {
        var count = Count(document);
        var onPage = new List<Sentence>();
        var body = 0;
        foreach (var sentence in document.Sentences)
        {
            var at = sentence.Role == SentenceRole.Body
                ? body++ / BodySentencesPerPage + 1
                : Math.Min(body / BodySentencesPerPage + 1, count);
            if (at == page)
            {
                onPage.Add(sentence);
            }
            else if (at > page)
            {
                break;
            }
        }

        return onPage;
    }
}
