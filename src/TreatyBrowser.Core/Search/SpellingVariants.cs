using System.Collections.Frozen;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// British and American spellings folded to one stem both ways, so "defense" finds "defence". The stock English
/// stemmer gives them different stems ("defenc", "defens"); this list runs before it. Extend it here.
/// </summary>
internal static class SpellingVariants
{
    // Each row: the shared stem, then every spelling that should reach it.
    private static readonly (string Stem, string[] Forms)[] Rows =
    [
        ("defens", ["defence", "defences", "defense", "defenses"]),
        ("offens", ["offence", "offences", "offense", "offenses"]),
        ("licens", ["licence", "licences", "license", "licenses"]),
        ("program", ["programme", "programmes", "program", "programs"]),
        ("organ", ["organisation", "organisations", "organization", "organizations", "organise", "organize", "organised", "organized"]),
        ("favor", ["favour", "favours", "favor", "favors", "favoured", "favored", "favourable", "favorable"]),
        ("labor", ["labour", "labor"]),
        ("honor", ["honour", "honours", "honor", "honors", "honoured", "honored"]),
        ("center", ["centre", "centres", "center", "centers"]),
        ("harbor", ["harbour", "harbours", "harbor", "harbors"]),
        ("neighbor", ["neighbour", "neighbours", "neighbor", "neighbors", "neighbouring", "neighboring"]),
        ("recogn", ["recognise", "recognises", "recognised", "recognize", "recognizes", "recognized"]),
        ("author", ["authorise", "authorised", "authorize", "authorized", "authorisation", "authorization"]),
        ("harmon", ["harmonise", "harmonised", "harmonize", "harmonized", "harmonisation", "harmonization"]),
        ("normal", ["normalise", "normalised", "normalize", "normalized", "normalisation", "normalization"]),
        ("modern", ["modernise", "modernised", "modernize", "modernized", "modernisation", "modernization"]),
        ("stabil", ["stabilise", "stabilised", "stabilize", "stabilized", "stabilisation", "stabilization"]),
        ("militar", ["militarise", "militarised", "militarize", "militarized", "militarisation", "militarization"]),
        ("criticis", ["criticise", "criticised", "criticize", "criticized"]),
        ("analys", ["analyse", "analysed", "analyze", "analyzed"]),
        ("manoeuvr", ["manoeuvre", "manoeuvres", "maneuver", "maneuvers"]),
        ("catalog", ["catalogue", "catalog"]),
        ("dialog", ["dialogue", "dialog"]),
        ("travel", ["travelled", "traveled", "travelling", "traveling"]),
        ("sceptic", ["sceptical", "skeptical", "sceptic", "skeptic"]),
    ];

    /// <summary>Every spelling and the stem it folds to.</summary>
    public static readonly FrozenDictionary<string, string> StemOf =
        Rows.SelectMany(r => r.Forms.Select(f => (f, r.Stem))).ToFrozenDictionary(x => x.f, x => x.Stem);
}
