using System.Globalization;

namespace TreatyBrowser.Core.Lexicons;

/// <summary>One name found in a text.</summary>
/// <param name="Index">Where it starts.</param>
/// <param name="Value">The form as written.</param>
public readonly record struct NameMatch(int Index, string Value)
{
    /// <summary>Its length.</summary>
    public int Length => Value.Length;
}

/// <summary>
/// Finds a fixed list of case-sensitive names (the gazetteer's 700 forms of states, capitals, unions and regions) in a
/// text: the same matches, left to right, as the alternation <c>(?&lt;![\w.])(?:form|…, longest first)(?![\w])</c>,
/// found by looking each word's leading letters up in a table instead. A name can only start where the text's run of
/// letters equals the name's own leading run ("U" for "U.S.", "People" for "People's Republic of China"), so each
/// word costs one look-up, and an interpreted or compiled alternation of hundreds of names is not needed.
/// </summary>
public sealed class NameFinder
{
    private readonly Dictionary<string, string[]> _byLeadingLetters;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>A finder for <paramref name="names"/>.</summary>
    public NameFinder(IEnumerable<string> names)
    {
        _byLeadingLetters = names.Where(n => n.Length > 0 && char.IsLetter(n[0])).Distinct(StringComparer.Ordinal)
            .GroupBy(n => n[..LettersAt(n, 0)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _byLeadingLetters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every name in <paramref name="text"/>, left to right, not overlapping, the longest at each place.</summary>
    public IReadOnlyList<NameMatch> Matches(string text)
    {
        List<NameMatch>? found = null;
        for (var at = 0; at < text.Length;)
        {
            if (Find(text, at) is { } name)
            {
                (found ??= []).Add(new NameMatch(at, name));
                at += name.Length;
            }
            else
            {
                at++;
            }
        }

        return found ?? (IReadOnlyList<NameMatch>)[];
    }

    /// <summary>True when <paramref name="text"/> holds a name.</summary>
    public bool IsMatch(string text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (Find(text, at) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with each name replaced by what <paramref name="replacement"/> gives for it.</summary>
    public string Replace(string text, Func<NameMatch, string> replacement) =>
        Splice.Replace(text, Matches(text), m => (m.Index, m.Length), replacement);

    // The name that starts at `at`, or null: `at` starts a word (nothing of a word or a dot before it), the text's
    // letters there are a name's leading letters, and the name ends where a word does.
    private string? Find(string text, int at)
    {
        if (!char.IsLetter(text[at]) || (at > 0 && (IsWordChar(text[at - 1]) || text[at - 1] == '.')))
        {
            return null;
        }

        if (!_lookup.TryGetValue(text.AsSpan(at, LettersAt(text, at)), out var names))
        {
            return null;
        }

        foreach (var name in names)
        {
            var end = at + name.Length;
            if (text.AsSpan(at).StartsWith(name, StringComparison.Ordinal) && (end == text.Length || !IsWordChar(text[end])))
            {
                return name;
            }
        }

        return null;
    }

    private static int LettersAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end - at;
    }

    // What the regular-expression engine calls a word character: \w is [\p{L}\p{Mn}\p{Nd}\p{Pc}].
    private static bool IsWordChar(char c) => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
}
