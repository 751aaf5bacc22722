using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Grouping;

/// <summary>The written forms an agreement's name takes, and the text helpers that read them.</summary>
internal sealed partial class TreatyNamer
{
    // The parts of a written name: capitalised words joined by small ones, the noun that heads it, and what follows.
    private const string Head = "{nameHeads}";
    private const string Words = @"(?:[A-Z][\w'’.-]*\s+(?:(?:{nameJoinWords}|&)\s+)*)";
    private const string Tail = @"(?:\s+{nameTailWords}(?:\s+(?:{definiteArticle}\s+)?[A-Z][\w'’-]*)+)?";

    private System.Buffers.SearchValues<string> HeadWords { get; } =
        System.Buffers.SearchValues.Create(lexicon.Words("nameHeads").AsSpan(), StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("\"“‘'");

    private Regex NameThenAcronym { get; } = lexicon.Grammar(@"(?<name>" + Words + "{0,8}(?:" + Head + ")" + Tail + @")\s*\((?<acronym>[A-Z][A-Za-z0-9-]{1,9})\)");

    private Regex AcronymThenName { get; } = lexicon.Grammar(@"\b(?<acronym>[A-Z][A-Z0-9-]{2,9}),\s+(?:{definiteArticle}\s+)?(?<name>" + Words + "{1,8}(?:" + Head + ")" + Tail + ")");

    // "BECA (Basic Exchange and Cooperation Agreement)".
    private Regex AcronymThenNameInParentheses { get; } = lexicon.Grammar(@"\b(?<acronym>[A-Z][A-Z0-9-]{2,9})\s+\((?<name>" + Words + "{1,8}(?:" + Head + ")" + Tail + @")\)");

    // "the GCAP International Government Organisation, or GIGO,": a body the agreement sets up, named with its acronym.
    private Regex NameOrAcronym { get; } = lexicon.Grammar(@"\b(?:{definiteArticle}\s+)?(?<name>(?:[A-Z][\w'’.-]*\s+){1,7}{bodyNameHeads})(?:,|" +
        @"\s)\s*{acronymOr}\s+(?:{definiteArticle}\s+)?(?<acronym>[A-Z][A-Z0-9-]{2,9})\b");

    // "New START, the nuclear arms reduction pact", "its free trade pact, the AfCFTA,": an acronym the text calls a treaty.
    private Regex AcronymApposition { get; } = lexicon.Grammar(
        @"(?<acronym>\b(?:{acronymPrefixes}\s+)?[A-Z][a-z]?[A-Z][A-Za-z0-9-]{1,8}),\s+{appositionArticles}\s+(?:[\w-]+\s+){0,6}{agreementNouns}\b" +
        @"|\b{agreementNouns},\s+(?:{definiteArticle}\s+)?(?<acronym>[A-Z][a-z]?[A-Z][A-Za-z0-9-]{1,8})\b");

    // "the Treaty of Nancy", "the Shusha Declaration", "a new Strategic Defense Agreement".
    // "the Treaty Establishing the East African Community", "the Agreement on Port State Measures": the noun, then its name.
    private Regex ProperName { get; } = lexicon.Grammar(@"\b{properNameLeads}\s+(?<name>(?:(?:[A-Z][\w'’-]*|\d+)\s+(?:{properNameJoins}\s+)?){1,6}(?:"
        + Head + @")(?:\s+{nameTailWords}(?:\s+[A-Z][\w'’-]*)+)?|(?:" + Head + @")(?:\s+(?:{properNameAfterHeadJoins}\s+)*[A-Z][\w'’-]*){1,8})");

    // "a three-way 'declaration of principles'", "a '100-year partnership'": news quotes the agreement's formal name,
    // which says what it is about or its term; "an important agreement" and "historic accord" are remarks, not names.
    private Regex QuotedName { get; } = lexicon.Grammar(@"[""“‘'](?<name>(?!{quotedNameNotNames}\s)(?:(?:[\w-]+\s+){0,5}{agreementNouns}\s+{nameTailWords}(?:\s+[\w-]+){1,4}|" +
        @"(?:[\w-]+\s+){0,2}\d+[\w-]*\s+(?:[\w-]+\s+){0,2}{agreementNouns}))[""”’']", RegexOptions.IgnoreCase);

    // Words that begin a capitalised run without being part of a name ("the 1994 North American …": the year is not).
    private Regex LeadWords { get; } = lexicon.Grammar(@"^(?:(?:{nameLeadWords}|(?:1[89]|20)\d\d)\s+)+");

    // "North Atlantic Treaty Organization": the agreement's name is part of an organisation's.
    private Regex OrganisationAfter { get; } = lexicon.Grammar(@"^\s+{organisationWords}\b");

    [GeneratedRegex(@"[A-Z][A-Z0-9-]{2,9}")]
    private static partial Regex AllCaps();

    // A run of capitalised words (with small joining words) that an acronym may abbreviate.
    private Regex CapitalisedRun { get; } = lexicon.Grammar(@"\b[A-Z][\w'’-]*(?:\s+(?:{runJoinWords}\s+)?[A-Z][\w'’-]*){2,9}");

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

    private IEnumerable<(string Name, string Acronym)> SpelledOut(string text, List<string> acronyms)
    {
        foreach (Match m in CapitalisedRun.Matches(text))
        {
            var run = Clean(m.Value);
            var initials = string.Concat(run.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (acronyms.FirstOrDefault(a => initials.Length >= 3 && string.Concat(a.Where(char.IsUpper)) == initials) is { } acronym)
            {
                yield return (run, acronym);
            }
        }
    }

    private HashSet<string> TitleSmallWords { get; } = new(lexicon.Words("titleSmallWords"), StringComparer.Ordinal);

    // "declaration of principles" as a name: "Declaration of Principles".
    private string TitleCase(string phrase) => string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select((w, i) => i > 0 && TitleSmallWords.Contains(w) ? w : string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]))));

    private string Clean(string name) => LeadWords.Replace(name.Trim(), "").Replace('’', '\'').Trim();

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

    private HashSet<string> PlainWords { get; } = new(lexicon.Words("nameGenericWords"), StringComparer.OrdinalIgnoreCase);
}
