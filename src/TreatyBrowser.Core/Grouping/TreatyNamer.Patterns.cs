using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Grouping;

/// <summary>The written forms an agreement's name takes, and the text helpers that read them.</summary>
internal sealed partial class TreatyNamer
{
    private const string Head = "Agreement|Treaty|Memorandum|Declaration|Pact|Accord|Accords|Partnership|Convention|Arrangement|Charter|Statement|Protocol|Compact";
    private const string Words = @"(?:[A-Z][\w'’.-]*\s+(?:(?:of|on|for|and|the|to|in|between|&)\s+)*)";
    private const string Tail = @"(?:\s+(?:of|on|for)(?:\s+(?:the\s+)?[A-Z][\w'’-]*)+)?";

    private static readonly System.Buffers.SearchValues<string> HeadWords =
        System.Buffers.SearchValues.Create(Head.Split('|'), StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("\"“‘'");

    [GeneratedRegex(@"(?<name>" + Words + "{0,8}(?:" + Head + ")" + Tail + @")\s*\((?<acronym>[A-Z][A-Za-z0-9-]{1,9})\)")]
    private static partial Regex NameThenAcronym();

    [GeneratedRegex(@"\b(?<acronym>[A-Z][A-Z0-9-]{2,9}),\s+(?:the\s+)?(?<name>" + Words + "{1,8}(?:" + Head + ")" + Tail + ")")]
    private static partial Regex AcronymThenName();

    // "BECA (Basic Exchange and Cooperation Agreement)".
    [GeneratedRegex(@"\b(?<acronym>[A-Z][A-Z0-9-]{2,9})\s+\((?<name>" + Words + "{1,8}(?:" + Head + ")" + Tail + @")\)")]
    private static partial Regex AcronymThenNameInParentheses();

    // "the GCAP International Government Organisation, or GIGO,": a body the agreement sets up, named with its acronym.
    [GeneratedRegex(@"\b(?:the\s+)?(?<name>(?:[A-Z][\w'’.-]*\s+){1,7}(?:Organisation|Organization|Confederation|Alliance|Area|Union|Agreement|Treaty|Partnership))(?:,|\s)\s*or\s+(?:the\s+)?(?<acronym>[A-Z][A-Z0-9-]{2,9})\b")]
    private static partial Regex NameOrAcronym();

    // "New START, the nuclear arms reduction pact", "its free trade pact, the AfCFTA,": an acronym the text calls a treaty.
    [GeneratedRegex(@"(?<acronym>\b(?:New\s+)?[A-Z][a-z]?[A-Z][A-Za-z0-9-]{1,8}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,6}(?:treaty|pact|agreement|accord|deal|memorandum|convention)\b|\b(?:treaty|pact|agreement|accord|deal|memorandum|convention),\s+(?:the\s+)?(?<acronym>[A-Z][a-z]?[A-Z][A-Za-z0-9-]{1,8})\b")]
    private static partial Regex AcronymApposition();

    // "the Treaty of Nancy", "the Shusha Declaration", "a new Strategic Defense Agreement".
    // "the Treaty Establishing the East African Community", "the Agreement on Port State Measures": the noun, then its name.
    [GeneratedRegex(@"\b(?:the|The|a|A|new|New)\s+(?<name>(?:(?:[A-Z][\w'’-]*|\d+)\s+(?:(?:and|of|for|on)\s+)?){1,6}(?:" + Head + @")(?:\s+(?:of|on|for)(?:\s+[A-Z][\w'’-]*)+)?|(?:" + Head + @")(?:\s+(?:(?:of|on|for|and|the|to|between)\s+)*[A-Z][\w'’-]*){1,8})")]
    private static partial Regex ProperName();

    // "a three-way 'declaration of principles'", "a '100-year partnership'": news quotes the agreement's formal name,
    // which says what it is about or its term; "an important agreement" and "historic accord" are remarks, not names.
    [GeneratedRegex(@"[""“‘'](?<name>(?!(?:a|an|the|this|that|our|its)\s)(?:(?:[\w-]+\s+){0,5}(?:agreement|treaty|memorandum|declaration|pact|accord|partnership|convention|arrangement|charter|protocol|compact)\s+(?:of|on|for)(?:\s+[\w-]+){1,4}|(?:[\w-]+\s+){0,2}\d+[\w-]*\s+(?:[\w-]+\s+){0,2}(?:agreement|treaty|memorandum|declaration|pact|accord|partnership|convention|arrangement|charter|protocol|compact)))[""”’']", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedName();

    // Words that begin a capitalised run without being part of a name ("the 1994 North American …": the year is not).
    [GeneratedRegex(@"^(?:(?:The|A|An|This|That|Its|Their|New|Landmark|Historic|Key|Under|In|On|With|After|Before|Both|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Signing|Sign|Signed|(?:1[89]|20)\d\d)\s+)+")]
    private static partial Regex LeadWords();

    // "North Atlantic Treaty Organization": the agreement's name is part of an organisation's.
    [GeneratedRegex(@"^\s+(?:Organi[sz]ation|Secretariat|Council|Commission|Summit)\b")]
    private static partial Regex OrganisationAfter();

    [GeneratedRegex(@"[A-Z][A-Z0-9-]{2,9}")]
    private static partial Regex AllCaps();

    // A run of capitalised words (with small joining words) that an acronym may abbreviate.
    [GeneratedRegex(@"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|and|the)\s+)?[A-Z][\w'’-]*){2,9}")]
    private static partial Regex CapitalisedRun();

    // Two capitals in a row, or a capital, a small letter and a capital ("AfCFTA"): a possible acronym.
    private static bool HasAcronym(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsAsciiLetterUpper(text[i]) && (char.IsAsciiLetterUpper(text[i - 1]) || (i > 1 && char.IsAsciiLetterLower(text[i - 1]) && char.IsAsciiLetterUpper(text[i - 2]))))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Name, string Acronym)> SpelledOut(string text, List<string> acronyms)
    {
        foreach (Match m in CapitalisedRun().Matches(text))
        {
            var run = Clean(m.Value);
            var initials = string.Concat(run.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (acronyms.FirstOrDefault(a => initials.Length >= 3 && string.Concat(a.Where(char.IsUpper)) == initials) is { } acronym)
            {
                yield return (run, acronym);
            }
        }
    }

    // "declaration of principles" as a name: "Declaration of Principles".
    private static string TitleCase(string phrase) => string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select((w, i) => i > 0 && w is "of" or "on" or "for" or "and" or "the" ? w : string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]))));

    private static string Clean(string name) => LeadWords().Replace(name.Trim(), "").Replace('’', '\'').Trim();

    // "Comprehensive and Progressive Agreement for Trans-Pacific Partnership" spells CPTPP, which the text uses.
    private static string? InitialsAcronym(string name, string text)
    {
        var initials = string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        foreach (Match m in AllCaps().Matches(text))
        {
            if (m.Value.Length >= 3 && m.Value[0] == initials.FirstOrDefault() && m.Value[^1] == initials.LastOrDefault() && IsSubsequence(m.Value, initials))
            {
                return m.Value;
            }
        }

        return null;
    }

    private static bool IsSubsequence(string shorter, string longer)
    {
        var i = 0;
        foreach (var c in longer)
        {
            if (i < shorter.Length && shorter[i] == c)
            {
                i++;
            }
        }

        return i == shorter.Length && shorter.Length * 10 >= longer.Length * 6;
    }

    private static readonly HashSet<string> PlainWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Joint", "Strategic", "Comprehensive", "Bilateral", "Trade", "Security", "Defence", "Defense", "Free", "Economic",
        "Cooperation", "Military", "Partnership", "Trilateral", "Multilateral", "Framework", "Final", "Interim",
    };
}
