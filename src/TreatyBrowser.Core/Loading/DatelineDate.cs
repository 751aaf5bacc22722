using System.Text.RegularExpressions;
using TreatyBrowser.Core.Timeline;

namespace TreatyBrowser.Core.Loading;

/// <summary>The calendar date of a dateline ("July 18, 2025", "December 5", "Aug. 6"), with its year found if it has none.</summary>
internal static partial class DatelineDate
{
    // The article's dates with a year, found once per article: the publication line and the dateline each ask, and
    // reading the whole text with the date grammar was the loader's largest cost on real reports.
    [ThreadStatic]
    private static (string Text, List<DateMention> Mentions)? _article;

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
            var elsewhere = MentionsIn(text).FirstOrDefault(m => m.Year != 0 && m.Month == mention.Month && (m.Day == mention.Day || m.Kind == MentionKind.MonthYear));
            year = elsewhere?.Year ?? 0;
        }

        return year != 0 && mention.Day is >= 1 and <= 31 && mention.Day <= DateTime.DaysInMonth(year, mention.Month)
            ? new DateOnly(year, mention.Month, mention.Day)
            : null;
    }

    // The dates with a year in the article, in order: only lines that hold four digits in a row can hold one, so the
    // date grammar reads those lines alone, not the whole text.
    private static List<DateMention> MentionsIn(string text)
    {
        if (_article is not { } article || !ReferenceEquals(article.Text, text))
        {
            var mentions = new List<DateMention>();
            foreach (var line in text.Split('\n'))
            {
                if (FourDigits().IsMatch(line))
                {
                    mentions.AddRange(DateFinder.Find(line));
                }
            }

            _article = article = (text, mentions);
        }

        return article.Mentions;
    }

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex FourDigits();
}
