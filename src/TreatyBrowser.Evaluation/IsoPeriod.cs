using System.Globalization;

namespace TreatyBrowser.Evaluation;

/// <summary>The first and last day of an ISO date at its precision: 2025, 2025-05, 2025-W20, 2025-05-15.</summary>
internal static class IsoPeriod
{
    public static (DateOnly First, DateOnly Last)? Of(string iso)
    {
        var c = CultureInfo.InvariantCulture;
        if (iso.Length == 4 && int.TryParse(iso, c, out var year))
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (iso.Length == 7 && DateOnly.TryParseExact(iso + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }

        if (iso.Length == 8 && iso[4..6] == "-W" && int.TryParse(iso[..4], c, out var weekYear) && int.TryParse(iso[6..], c, out var week))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }

        return iso.Length >= 10 && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", c, DateTimeStyles.None, out var day) ? (day, day) : null;
    }

    /// <summary>Right when equal, or when the app's date is at least as precise and lies inside the labelled period.</summary>
    public static bool Agrees(string? got, string want)
    {
        if (got is null)
        {
            return false;
        }

        if (got == want)
        {
            return true;
        }

        return Of(got) is { } g && Of(want) is { } w && w.First <= g.First && g.Last <= w.Last;
    }
}
