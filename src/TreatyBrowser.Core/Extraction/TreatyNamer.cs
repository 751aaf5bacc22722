using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// Reads the agreement's own name from an article: a name defined with its acronym ("the Logistics Exchange Memorandum
/// of Agreement (LEMOA)", "LEMOA, the Logistics Exchange Memorandum of Agreement,"), else the proper name most used
/// ("the Treaty of Nancy", "the Shusha Declaration"). Only names the text writes: never composed by the app.
/// </summary>
internal static partial class TreatyNamer
{
    private const string Head = "Agreement|Treaty|Memorandum|Declaration|Pact|Accord|Partnership|Convention|Arrangement|Charter|Statement";

    // "Enhanced Defense Cooperation Agreement (EDCA)": capitalised words (with small joining words) ending in a treaty noun.
    [GeneratedRegex(@"(?<name>(?:[A-Z][\w'’.-]*\s+(?:(?:of|on|for|and|the|to|in|between|&)\s+)*){0,8}(?:" + Head + @")(?:\s+(?:of|on|for)(?:\s+(?:the\s+)?[A-Z][\w'’-]*)+)?)\s*\((?<acronym>[A-Z][A-Za-z0-9-]{1,9})\)")]
    private static partial Regex NameThenAcronym();

    // "LEMOA, the Logistics Exchange Memorandum of Agreement,".
    [GeneratedRegex(@"\b(?<acronym>[A-Z][A-Z0-9-]{2,9}),\s+(?:the\s+)?(?<name>(?:[A-Z][\w'’.-]*\s+(?:(?:of|on|for|and|the|to|in|&)\s+)*){1,8}(?:" + Head + @")(?:\s+(?:of|on|for)(?:\s+(?:the\s+)?[A-Z][\w'’-]*)+)?)")]
    private static partial Regex AcronymThenName();

    // "the Treaty of Nancy", "the Shusha Declaration", "a new Strategic Defense Agreement": a proper name of the agreement.
    [GeneratedRegex(@"\b(?:the|The|a|A|new|New)\s+(?<name>(?:(?:[A-Z][\w'’-]*|\d+)\s+){1,5}(?:" + Head + @")(?:\s+of\s+[A-Z][\w'’-]*)?|(?:" + Head + @")\s+of\s+[A-Z][\w'’-]*)")]
    private static partial Regex ProperName();

    // Words that begin a capitalised run without being part of a name.
    [GeneratedRegex(@"^(?:(?:The|A|An|This|That|Its|Their|New|Landmark|Historic|Key|Under|In|On|With|After|Before|Both|Two)\s+)+")]
    private static partial Regex LeadWords();

    /// <summary>The agreement's name and acronym as the text gives them, or null when it names none.</summary>
    public static (string Name, string? Acronym)? Find(SourceDocument document, Gazetteer gazetteer)
    {
        var text = string.Join("\n", document.Sentences.Where(s => s.Role != SentenceRole.Dateline).Select(s => s.Text));
        var defined = NameThenAcronym().Matches(text).Select(m => (Name: Clean(m.Groups["name"].Value), Acronym: m.Groups["acronym"].Value))
            .Concat(AcronymThenName().Matches(text).Select(m => (Name: Clean(m.Groups["name"].Value), Acronym: m.Groups["acronym"].Value)))
            .Where(d => d.Name.Contains(' ', StringComparison.Ordinal) && gazetteer.Resolve(d.Acronym) is null)
            .ToList();
        if (defined.Count > 0)
        {
            // The acronym the article uses most is the agreement it is about; others are background.
            var best = defined.GroupBy(d => d.Acronym)
                .OrderByDescending(g => Regex.Count(text, $@"\b{Regex.Escape(g.Key)}\b"))
                .First().First();
            return (best.Name, best.Acronym);
        }

        var named = ProperName().Matches(text).Select(m => Clean(m.Groups["name"].Value))
            .Where(n => n.Contains(' ', StringComparison.Ordinal) && !IsOnlyCountries(n, gazetteer))
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return named is null ? null : (named.Key, null);
    }

    private static string Clean(string name) => LeadWords().Replace(name.Trim(), "").Replace('’', '\'').Trim();

    // "Iran-Russia Treaty" or "US Agreement" names no particular agreement.
    private static bool IsOnlyCountries(string name, Gazetteer gazetteer)
    {
        var words = name.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries);
        return words.Take(words.Length - 1).All(w => gazetteer.Resolve(w) is not null || w is "Joint" or "Strategic" or "Comprehensive" or "Bilateral" or "Trade" or "Security" or "Defence" or "Defense");
    }
}
