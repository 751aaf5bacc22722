using System.Text.RegularExpressions;

namespace TreatyBrowser.Evaluation;

/// <summary>
/// Whether the outlet the app found is the labelled one. Labels say where the report was read and whose report it
/// was ("Business Standard (Press Trust of India)", "Al Arabiya English (Reuters)"); the app's outlet is right when it
/// is either: its words are in the label, or it is the initials of a name in the label ("PTI"), or the reverse.
/// </summary>
public static partial class OutletMatch
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>True when <paramref name="app"/> names the labelled outlet <paramref name="labelled"/>.</summary>
    public static bool Names(string app, string labelled)
    {
        var want = Words(labelled);
        var got = Words(app).Where(w => w is not ("the" or "news" or "agency")).ToList();
        if (got.Count > 0 && got.All(want.Contains))
        {
            return true;
        }

        // "PTI" for "Press Trust of India" in the label, or "Indo-Asian News Service" for the label's "IANS".
        var initials = Initials(labelled);
        return (Words(app).Count == 1 && initials.Contains(app.ToLowerInvariant()))
            || Initials(app).Any(i => i.Length >= 2 && want.Contains(i));
    }

    /// <summary>
    /// Whether the article's text names the labelled outlet at all (any of the label's names, as written): only then
    /// can the app find it. "Business Standard (Press Trust of India)" is named by a text holding "PTI" or "Business Standard".
    /// </summary>
    public static bool NamedIn(string text, string labelled)
    {
        var names = labelled.Split(['(', ')', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => Regex.Replace(n, @"^(?:via|citing|carried by|republished (?:by|via)|reposted on|the)\s+", "", RegexOptions.IgnoreCase).Trim())
            .Where(n => n.Length >= 2);
        return names.Any(n => Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(n)}(?![\p{{L}}])")
            || Initials(n).Any(i => i.Length >= 2 && Regex.IsMatch(text, $@"\b{Regex.Escape(i.ToUpperInvariant())}\b")));
    }

    private static List<string> Words(string text) => [.. Word().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    // "Press Trust of India" gives "pti": the initials of every run of capitalised words in the label.
    private static HashSet<string> Initials(string text)
    {
        var initials = new HashSet<string>(StringComparer.Ordinal);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        words = [.. words.SelectMany(w => w.Split('-'))];
        for (var i = 0; i < words.Count; i++)
        {
            var run = "";
            for (var j = i; j < words.Count; j++)
            {
                if (char.IsUpper(words[j][0]))
                {
                    run += char.ToLowerInvariant(words[j][0]);
                    initials.Add(run);
                }
                else if (words[j] is not ("of" or "and" or "the"))
                {
                    break;
                }
            }
        }

        return initials;
    }
}
