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
    public static (SearchRequest? Request, string? Error) Read(
        Corpus corpus, string? q, string? category, string? treaty, string? document, string? page, TimeSpan? budget = null,
        string? party = null, string? from = null, string? to = null)
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
            return (null, $"There is no treaty '{Clip(treaty)}'. The home page lists the treaties, each with its address.");
        }

        document = Blank(document);
        if (document is not null && corpus.FindDocument(document) is null)
        {
            return (null, $"There is no document '{document}'.");
        }

        // A party: only the treaties it is a party to.
        party = Blank(party);
        IReadOnlyCollection<string>? ofParty = null;
        if (party is not null)
        {
            ofParty = [.. corpus.Treaties.Where(t => t.Parties.Contains(party)).Select(t => t.Id)];
            if (ofParty.Count == 0)
            {
                return (null, $"No treaty has the party '{Clip(party)}'.");
            }
        }

        // A period: only what articles published in it report ("2024", or "2024-03-01" to "2024-06-30").
        var (start, startError) = Day(Blank(from), first: true);
        var (end, endError) = Day(Blank(to), first: false);
        if ((startError ?? endError) is { } dateError)
        {
            return (null, dateError);
        }

        if (start > end)
        {
            return (null, "The period starts after it ends: give 'from' before 'to'.");
        }

        IReadOnlyCollection<string>? inPeriod = start is null && end is null ? null
            : [.. corpus.Documents.Where(d => d.Metadata.Published is { } p && (start is null || p >= start) && (end is null || p <= end)).Select(d => d.Id)];

        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000 ? n : 1;
        return (new SearchRequest(q, category, treaty, document, number)
        {
            TimeBudget = budget ?? SearchRequest.DefaultTimeBudget,
            AnyTreaty = ofParty,
            AnyDocument = inPeriod,
        }, null);
    }

    // "2024" is the year's first or last day; "2024-03-05" the day.
    private static (DateOnly? Day, string? Error) Day(string? written, bool first)
    {
        if (written is null)
        {
            return (null, null);
        }

        if (written.Length == 4 && int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return (first ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31), null);
        }

        return DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day, null)
            : (null, $"'{Clip(written)}' is not a date: write a year (2024) or a day (2024-03-05).");
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
