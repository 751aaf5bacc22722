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
    public static int? PageOf(SourceDocument document, string sentenceId) =>
        Paged(document).FirstOrDefault(p => p.Sentence.Id == sentenceId) is { Sentence: not null } found ? found.Page : null;

    /// <summary>The sentences shown on one page, in order.</summary>
    public static List<Sentence> SentencesOn(SourceDocument document, int page) =>
        [.. Paged(document).SkipWhile(p => p.Page < page).TakeWhile(p => p.Page == page).Select(p => p.Sentence)];

    // The one rule: body sentence N is on page ⌈N/100⌉; a heading or the dateline shares the page of the body sentence
    // that follows it (the last page, at the very end).
    private static IEnumerable<(Sentence Sentence, int Page)> Paged(SourceDocument document)
    {
        var count = Count(document);
        var body = 0;
        foreach (var sentence in document.Sentences)
        {
            yield return sentence.Role == SentenceRole.Body
                ? (sentence, body++ / BodySentencesPerPage + 1)
                : (sentence, Math.Min(body / BodySentencesPerPage + 1, count));
        }
    }
}
