using System.Text.RegularExpressions;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages;

/// <summary>
/// Splits a sentence into list items, the units that carry one provision each: "will work together against common
/// threats, develop their cooperation, and take part in joint exercises" gives three.
/// </summary>
internal sealed class SentenceItems(CompiledLexicon lexicon)
{
    // A comma or semicolon (with any conjunction after it), or a bare "and"/"or" that joins two verb phrases.
    private Regex Boundary { get; } = lexicon.Grammar(@"\s*(?:[;:]|,(?=\s)(?:\s+{itemConjunctions}(?=\s))?|\s{itemVerbJoins}\s(?=(?:{itemVerbStarts}|[a-z]+{gerundEnding})\b))\s*",
        RegexOptions.IgnoreCase);

    // Words that introduce an item without being part of the provision.
    private Regex Lead { get; } = lexicon.Grammar(@"^(?:{itemLeads}\b[\s,]*)+", RegexOptions.IgnoreCase);

    // Where a provision's own words begin inside an item: at its modal, so "will not support" keeps its "will not".
    private Regex Modal { get; } = lexicon.Grammar(@"\b{itemModals}\b", RegexOptions.IgnoreCase);

    /// <summary>The items of <paramref name="text"/> as (start, end) ranges, without their boundaries.</summary>
    public List<(int Start, int End)> Split(string text)
    {
        var items = new List<(int, int)>();
        var start = 0;
        foreach (Match boundary in Boundary.Matches(text))
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
    public int PhraseStart(string text, (int Start, int End) item, int matchStart, int cueStart)
    {
        if (cueStart >= item.Start && cueStart < matchStart)
        {
            return cueStart;
        }

        var modal = Modal.Match(text, item.Start, item.End - item.Start);
        if (modal.Success && modal.Index < matchStart)
        {
            return modal.Index;
        }

        var lead = Lead.Match(text[item.Start..item.End]);
        return item.Start + lead.Length;
    }
}
