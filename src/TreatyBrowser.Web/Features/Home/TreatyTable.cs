using System.Globalization;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Web.Features.Home;

/// <summary>One treaty as the home page's table shows it: its clause counts, sources and latest report.</summary>
public sealed record TreatyRow(Treaty Treaty, IReadOnlyDictionary<string, int> ClauseCounts, DateOnly? LatestReport, IReadOnlySet<int> Years);

/// <summary>
/// The home page's table of treaties for an archive of hundreds: filtered by party, category and year of report,
/// sorted by latest report (newest first), name or number of sources. Read from the query string; anything it does
/// not know is a reader's mistake, answered with a plain message.
/// </summary>
public sealed record TreatyTable(string Sort, string? Party, string? Category, int? Year)
{
    public static readonly string[] Sorts = ["latest", "name", "sources"];

    /// <summary>The table the query asks for, or the message saying what in it is wrong.</summary>
    public static (TreatyTable? Table, string? Error) Read(Corpus corpus, string? sort, string? party, string? category, string? year)
    {
        sort = string.IsNullOrEmpty(sort) ? "latest" : sort;
        if (!Sorts.Contains(sort))
        {
            return (null, $"Sort by one of: {string.Join(", ", Sorts)}.");
        }

        if (!string.IsNullOrEmpty(category) && !corpus.Categories.Any(c => c.Name == category))
        {
            return (null, $"There is no category “{Clip(category)}”: choose one of {string.Join(", ", corpus.Categories.Select(c => c.Name))}.");
        }

        int? inYear = null;
        if (!string.IsNullOrEmpty(year))
        {
            if (year.Length != 4 || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return (null, "A year is four digits, like 2025.");
            }

            inYear = y;
        }

        return (new TreatyTable(sort, string.IsNullOrEmpty(party) ? null : party, string.IsNullOrEmpty(category) ? null : category, inYear), null);
    }

    /// <summary>Every treaty of <paramref name="corpus"/> as a row, before filtering.</summary>
    public static List<TreatyRow> Rows(Corpus corpus) =>
    [
        .. corpus.Treaties.Select(t =>
        {
            var dates = t.DocumentIds.Select(id => corpus.FindDocument(id)?.Metadata.Published).OfType<DateOnly>().ToList();
            return new TreatyRow(
                t,
                corpus.Categories.ToDictionary(c => c.Name, c => t.ClausesIn(c.Name).Count()),
                dates.Count == 0 ? null : dates.Max(),
                dates.Select(d => d.Year).ToHashSet());
        }),
    ];

    /// <summary>The rows this table shows, in its order.</summary>
    public List<TreatyRow> Apply(IEnumerable<TreatyRow> rows)
    {
        var kept = rows.Where(r => (Party is null || r.Treaty.Parties.Contains(Party))
            && (Category is null || r.ClauseCounts.GetValueOrDefault(Category) > 0)
            && (Year is null || r.Years.Contains(Year.Value)));
        return Sort switch
        {
            "name" => [.. kept.OrderBy(r => r.Treaty.Name, StringComparer.CurrentCultureIgnoreCase)],
            "sources" => [.. kept.OrderByDescending(r => r.Treaty.DocumentIds.Length).ThenBy(r => r.Treaty.Name, StringComparer.CurrentCultureIgnoreCase)],
            _ => [.. kept.OrderByDescending(r => r.LatestReport ?? DateOnly.MinValue).ThenBy(r => r.Treaty.Name, StringComparer.CurrentCultureIgnoreCase)],
        };
    }

    /// <summary>This table's address, first page.</summary>
    public string Link()
    {
        var parts = new List<string>();
        if (Sort != "latest")
        {
            parts.Add($"sort={Sort}");
        }

        if (Party is not null)
        {
            parts.Add($"party={Uri.EscapeDataString(Party)}");
        }

        if (Category is not null)
        {
            parts.Add($"category={Uri.EscapeDataString(Category)}");
        }

        if (Year is not null)
        {
            parts.Add($"year={Year.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        return parts.Count == 0 ? "/" : "/?" + string.Join("&", parts);
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
