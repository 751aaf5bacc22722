using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Lexicons;

/// <summary>
/// Countries (with their adjectives and capitals), organisations, institutions and titles, from the embedded
/// Data/entities.json. Matching is case-sensitive: "US" the country, never "us" the pronoun.
/// </summary>
public sealed class Gazetteer
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, (string Name, bool IsCountry)> _formToName;
    private readonly HashSet<string> _partyOrganisations;
    private readonly Dictionary<string, ImmutableArray<string>> _members;
    private readonly HashSet<string> _capitals;
    private readonly HashSet<string> _regions;

    private Gazetteer(GazetteerFile file)
    {
        _formToName = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var c in file.Countries)
        {
            foreach (var form in c.Forms.Concat(c.Capitals).Prepend(c.Name))
            {
                _formToName[form] = (c.Name, true);
            }
        }

        foreach (var o in file.Organisations)
        {
            foreach (var form in o.Forms.Prepend(o.Name))
            {
                _formToName.TryAdd(form, (o.Name, false));
            }
        }

        // A region's name holds a country's ("Indian Ocean", "South American"): known, so the longer match wins, and never a party.
        foreach (var r in file.Regions.IsDefault ? [] : file.Regions)
        {
            foreach (var form in r.Forms.Prepend(r.Name))
            {
                _formToName.TryAdd(form, (r.Name, false));
            }
        }

        _regions = [.. (file.Regions.IsDefault ? [] : file.Regions).Select(r => r.Name)];
        _partyOrganisations = [.. file.Organisations.Where(o => o.Party).Select(o => o.Name)];
        _capitals = [.. file.Countries.SelectMany(c => c.Capitals)];
        _members = file.Organisations.Where(o => !o.Members.IsDefaultOrEmpty).ToDictionary(o => o.Name, o => o.Members, StringComparer.Ordinal);
        Countries = [.. file.Countries.Select(c => c.Name)];
        Names = new NameFinder(_formToName.Keys);
        NamesPattern = Words(_formToName.Keys);
        Titles = Words(file.Titles);
        Institutions = CuePattern.OfWords(
            new Regex($@"(?<!\w)(?:{string.Join("|", file.Institutions.OrderByDescending(i => i.Length).Select(Regex.Escape))})(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            file.Institutions);
    }

    /// <summary>The gazetteer that ships with the app.</summary>
    public static Gazetteer Default { get; } = Load();

    /// <summary>Every country's canonical name.</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>Any country, organisation or region form, the longest at each place.</summary>
    public NameFinder Names { get; }

    /// <summary>The same forms as one regular expression: what <see cref="Names"/> must answer like (tests compare them).</summary>
    internal CuePattern NamesPattern { get; }

    /// <summary>Titles that precede a person's name ("President", "Foreign Minister", "counterpart").</summary>
    public CuePattern Titles { get; }

    /// <summary>Bodies that act for a state ("parliament", "legislative branch").</summary>
    public CuePattern Institutions { get; }

    /// <summary>The canonical name of a form ("Tehran" gives Iran), and whether it is a country.</summary>
    public (string Name, bool IsCountry)? Resolve(string form) => _formToName.TryGetValue(form, out var found) ? found : null;

    /// <summary>True when <paramref name="form"/> is a capital or seat of government ("Kyiv", "White House"): a place as well as a metonym.</summary>
    public bool IsCapital(string form) => _capitals.Contains(form);

    /// <summary>True when <paramref name="name"/> is a sea, continent or region ("Indian Ocean"): neither a party nor an organisation.</summary>
    public bool IsRegion(string name) => _regions.Contains(name);

    /// <summary>True when <paramref name="name"/> is an organisation that can be a treaty's party (a union, an alliance).</summary>
    public bool IsPartyOrganisation(string name) => _partyOrganisations.Contains(name);

    /// <summary>The member states of an organisation ("ASEAN"), empty when the gazetteer does not list them.</summary>
    public ImmutableArray<string> MembersOf(string organisation) => _members.GetValueOrDefault(organisation, []);

    /// <summary>The countries named in <paramref name="text"/>, in order, with the form used.</summary>
    public IEnumerable<(string Country, string Form, int Index)> CountriesIn(string text)
    {
        foreach (var m in Names.Matches(text))
        {
            if (Resolve(m.Value) is { IsCountry: true } found)
            {
                yield return (found.Name, m.Value, m.Index);
            }
        }
    }

    /// <summary>The possible parties named in <paramref name="text"/>: countries, and unions or alliances that sign treaties.</summary>
    public IEnumerable<(string Party, string Form, int Index)> PartiesIn(string text)
    {
        foreach (var m in Names.Matches(text))
        {
            if (Resolve(m.Value) is { } found && (found.IsCountry || _partyOrganisations.Contains(found.Name)))
            {
                yield return (found.Name, m.Value, m.Index);
            }
        }
    }

    private static CuePattern Words(IEnumerable<string> forms) => CuePattern.OfWords(
        new($@"(?<![\w.])(?:{string.Join("|", forms.OrderByDescending(f => f.Length).Select(Regex.Escape))})(?![\w])", RegexOptions.CultureInvariant),
        forms);

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("TreatyBrowser.Core.Data.entities.json")
            ?? throw new InvalidOperationException("embedded gazetteer entities.json is missing from the build");
        var file = JsonSerializer.Deserialize<GazetteerFile>(stream, JsonOptions)
            ?? throw new InvalidDataException("entities.json is empty");
        return new Gazetteer(file);
    }

    private sealed record GazetteerFile(
        ImmutableArray<NamedForms> Countries,
        ImmutableArray<NamedForms> Organisations,
        ImmutableArray<NamedForms> Regions,
        ImmutableArray<string> Institutions,
        ImmutableArray<string> Titles);

    private sealed record NamedForms(string Name, ImmutableArray<string> Forms, ImmutableArray<string> Capitals, bool Party = false, ImmutableArray<string> Members = default)
    {
        public ImmutableArray<string> Capitals { get; init; } = Capitals.IsDefault ? [] : Capitals;

        public ImmutableArray<string> Members { get; init; } = Members.IsDefault ? [] : Members;
    }
}
