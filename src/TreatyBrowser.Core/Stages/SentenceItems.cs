using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Stages;

/// <summary>
/// Splits a sentence into list items, the units that carry one provision each: "will work together against common
/// threats, develop their cooperation, and take part in joint exercises" gives three.
/// </summary>
internal static partial class SentenceItems
{
    // A comma or semicolon (with any conjunction after it), or a bare "and"/"or" that joins two verb phrases.
    [GeneratedRegex(@"\s*(?:[;:]|,(?=\s)(?:\s+(?:and|or|but|while|whereas)(?=\s))?|\s(?:and|or|but)\s(?=(?:that|will|shall|would|must|to|not|never|[a-z]+ing)\b))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    // Words that introduce an item without being part of the provision.
    [GeneratedRegex(@"^(?:(?:and|or|but|while|whereas|also|particularly|notably|especially|in particular|including|such as|by|it says|they say|moreover|furthermore)\b[\s,]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    // Where a provision's own words begin inside an item: at its modal, so "will not support" keeps its "will not".
    [GeneratedRegex(@"\b(?:will|shall|would|must|may|cannot|agree[sd]? to|commit(?:s|ted)? to|pledge[sd]? to|undertak(?:e|es) (?:not )?to|vow(?:s|ed)? to|are to|is to|designed to|aims? to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    /// <summary>The items of <paramref name="text"/> as (start, end) ranges, without their boundaries.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var items = new List<(int, int)>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            if (boundary.Index > start)
            {
                items.Add((start, boundary.Index));
            }

            start = boundary.Index + boundary.Length;
        }

        var end = text.Length;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?'))
        {
            end--;
        }

        if (end > start)
        {
            items.Add((start, end));
        }

        return items;
    }

    /// <summary>Where the provision's phrase starts in an item, given that its pattern matched at <paramref name="matchStart"/>.</summary>
    public static int PhraseStart(string text, (int Start, int End) item, int matchStart, int cueStart)
    {
        if (cueStart >= item.Start && cueStart < matchStart)
        {
            return cueStart;
        }

        var modal = Modal().Match(text, item.Start, item.End - item.Start);
        if (modal.Success && modal.Index < matchStart)
        {
            return modal.Index;
        }

        var lead = Lead().Match(text[item.Start..item.End]);
        return item.Start + lead.Length;
    }
}
