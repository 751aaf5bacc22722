using System.Text.RegularExpressions;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Evaluation;

/// <summary>
/// Whether the app's treaty name names the labelled agreement. Labels describe the agreement at length
/// ("US–Philippines Enhanced Defense Cooperation Agreement (EDCA)"); the app's name is right when it shares the
/// agreement's acronym, or when every word of it is in the label: its parties (in any form: "US" is the United
/// States) and its distinctive words, the treaty noun aside ("deal" or "pact" for "agreement"); a name of one plain
/// word ("Security Agreement") names no particular agreement.
/// </summary>
public static partial class TreatyNameMatch
{
    private static readonly HashSet<string> TreatyNouns =
        ["agreement", "treaty", "deal", "pact", "accord", "memorandum", "memoranda", "understanding", "mou", "convention", "arrangement", "protocol"];

    private static readonly HashSet<string> Filler = ["of", "the", "on", "and", "for", "to", "in", "between", "a", "an", "with", "at"];

    // Words that name a kind of agreement, not one agreement: "Security Agreement" alone names none.
    private static readonly HashSet<string> Generic =
        ["security", "defense", "trade", "cooperation", "partnership", "strategic", "economic", "free", "comprehensive", "military",
         "joint", "bilateral", "framework", "new", "mutual", "reciprocal", "access"];

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*\b")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>True when <paramref name="appName"/> names the agreement the label <paramref name="labelled"/> describes.</summary>
    public static bool Names(string appName, string labelled)
    {
        var labelAcronyms = Acronyms(labelled);
        if (Acronyms(appName).Any(labelAcronyms.Contains))
        {
            return true;
        }

        var want = Tokens(labelled);
        var got = Tokens(appName).Where(t => !TreatyNouns.Contains(t)).ToList();
        var parties = got.Count(t => t.StartsWith("party:", StringComparison.Ordinal));
        var words = got.Count - parties;
        var distinctive = got.Count(t => !t.StartsWith("party:", StringComparison.Ordinal) && !Generic.Contains(t));
        return got.Count > 0 && got.All(want.Contains) && (parties > 0 || words >= 2 || distinctive >= 1);
    }

    // Acronyms that are not a party's name ("US", "EU"): "EDCA", "CPTPP", "New START"'s "START".
    private static HashSet<string> Acronyms(string text) =>
        [.. Acronym().Matches(text).Select(m => m.Value).Where(a => a.Length >= 3 && Gazetteer.Default.Resolve(a) is null)];

    private static HashSet<string> Tokens(string text)
    {
        var partied = Gazetteer.Default.Names.Replace(text, m =>
            Gazetteer.Default.Resolve(m.Value) is { } found ? " party:" + found.Name.Replace(' ', '_') + " " : m.Value);
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in partied.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece.StartsWith("party:", StringComparison.Ordinal))
            {
                tokens.Add(piece);
                continue;
            }

            foreach (Match m in Word().Matches(piece))
            {
                var word = Fold(m.Value.ToLowerInvariant());
                if (!Filler.Contains(word))
                {
                    tokens.Add(word);
                }
            }
        }

        return tokens;
    }

    // Spelling and number, for comparison only: "Defence" is "Defense", "Accords" is "Accord".
    private static string Fold(string word)
    {
        word = word.Replace("defence", "defense", StringComparison.Ordinal);
        return word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
