using System.Globalization;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Search;

namespace TreatyBrowser.Web.Features.Search;

/// <summary>
/// Checks the search parameters the page and the API share. Problems a reader must fix (a query over the length
/// limit, an unknown category or treaty) come back as one plain sentence for a 400; a page number that is not one
/// is read as page 1.
/// </summary>
public static class SearchInput
{
    public static (SearchRequest? Request, string? Error) Read(Corpus corpus, string? q, string? category, string? treaty, string? document, string? page, TimeSpan? budget = null)
    {
        q ??= "";
        if (q.Length > SearchRequest.MaxQueryLength)
        {
            return (null, $"The query is {q.Length:N0} characters long; the limit is {SearchRequest.MaxQueryLength}. Shorten it to the words that matter.");
        }

        // Refused before anything is built: a regular expression's automaton alone can take a minute and gigabytes.
        if (corpus.Search.Refusal(q) is { } refusal)
        {
            return (null, $"The query cannot be searched: {refusal}.");
        }

        category = Blank(category);
        if (category is not null && !corpus.AllCategories.Contains(category))
        {
            return (null, $"There is no category '{category}'. Choose one of: {string.Join(", ", corpus.AllCategories)}.");
        }

        treaty = Blank(treaty);
        if (treaty is not null && corpus.FindTreaty(treaty) is null)
        {
            return (null, $"There is no treaty '{treaty}'. The treaties are: {string.Join(", ", corpus.Treaties.Select(t => t.Id))}.");
        }

        document = Blank(document);
        if (document is not null && corpus.FindDocument(document) is null)
        {
            return (null, $"There is no document '{document}'.");
        }

        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000 ? n : 1;
        return (new SearchRequest(q, category, treaty, document, number) { TimeBudget = budget ?? SearchRequest.DefaultTimeBudget }, null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
