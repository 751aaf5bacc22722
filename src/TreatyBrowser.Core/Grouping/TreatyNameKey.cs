using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Grouping;

/// <summary>
/// What two names of one agreement share once the parties, the spelling and the treaty noun are set aside:
/// "Iran–Russia Comprehensive Strategic Partnership Treaty" and "Comprehensive Strategic Partnership Agreement" give
/// one key, as do "Defense Cooperation Agreement" and "Defence Cooperation Agreement (DCA)".
/// </summary>
public static class TreatyNameKey
{
    private static readonly HashSet<string> Set =
    [
        "treaty", "agreement", "pact", "deal", "accord", "accords", "memorandum", "memoranda", "understanding", "mou",
        "convention", "arrangement", "protocol", "the", "of", "on", "and", "for", "between", "a", "an", "bilateral",
    ];

    /// <summary>The key of <paramref name="name"/>; the slug of the whole name when nothing else is left.</summary>
    public static string Of(string name, Gazetteer gazetteer)
    {
        var withoutAcronym = name.Split(" (", 2)[0];
        var withoutParties = gazetteer.Names.Replace(withoutAcronym, _ => " ");
        var words = Slug.From(withoutParties, maxLength: 200).Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Set.Contains(w))
            .Select(Fold)
            .ToList();
        return words.Count == 0 ? Slug.From(withoutAcronym) : string.Join('-', words);
    }

    /// <summary>The acronym a name carries ("… (EDCA)"), or the name itself when it is one ("AUKUS"); upper case.</summary>
    public static string? AcronymOf(string name)
    {
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        var candidate = open >= 0 && name.EndsWith(')') ? name[(open + 2)..^1] : name;
        return candidate.Length is >= 2 and <= 10 && candidate.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && candidate.Count(char.IsUpper) >= 2
            ? candidate.ToUpperInvariant()
            : null;
    }

    // British and American spellings of one word are one word.
    private static string Fold(string word) => word switch
    {
        "defence" => "defense",
        "organisation" => "organization",
        "programme" => "program",
        "centre" => "center",
        _ => word,
    };
}
