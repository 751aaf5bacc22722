using TreatyBrowser.Core.Timeline;

namespace TreatyBrowser.Core.Loading;

/// <summary>The calendar date of a dateline ("July 18, 2025", "December 5", "Aug. 6"), with its year found if it has none.</summary>
internal static class DatelineDate
{
    public static DateOnly? Resolve(string written, string text)
    {
        var mention = DateFinder.Find(written).FirstOrDefault();
        if (mention is null || mention.Month == 0)
        {
            return null;
        }

        var year = mention.Year;
        if (year == 0)
        {
            // The same day or month written with its year elsewhere in the article ("on December 5, 2023").
            var elsewhere = DateFinder.Find(text).FirstOrDefault(m => m.Year != 0 && m.Month == mention.Month && (m.Day == mention.Day || m.Kind == MentionKind.MonthYear));
            year = elsewhere?.Year ?? 0;
        }

        return year != 0 && mention.Day is >= 1 and <= 31 && mention.Day <= DateTime.DaysInMonth(year, mention.Month)
            ? new DateOnly(year, mention.Month, mention.Day)
            : null;
    }
}
