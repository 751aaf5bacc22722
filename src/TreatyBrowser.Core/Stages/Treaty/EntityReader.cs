using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Treaties;

/// <summary>
/// Names the parties (with every form used: Iran, Tehran, Iranian), other countries, people with their roles
/// ("Russian President Vladimir Putin") and organisations, across a treaty's documents.
/// </summary>
internal sealed partial class EntityReader(Gazetteer gazetteer) : ITreatyStage
{
    public StageData Writes => StageData.Entities;

    public void Build(TreatyAnalysis treaty) => treaty.Entities = Read(treaty.Documents, treaty.Group.Parties);

    // A person: optional adjective of nationality, a title, then a capitalised name of up to three words.
    [GeneratedRegex(@"\b(?:(?<adj>[A-Z][a-z]+) )?(?<title>[A-Z]?[a-z]*(?: [A-Z][a-z]+)?) (?<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})\b")]
    private static partial Regex TitledName();

    public ImmutableArray<Entity> Read(IEnumerable<SourceDocument> documents, ImmutableArray<string> parties)
    {
        var found = new Dictionary<string, Builder>(StringComparer.Ordinal);
        // The people among them, in the order found: every sentence is searched for each one's surname, and a treaty of
        // hundreds of reports names hundreds of places and organisations besides.
        var people = new List<Builder>();
        foreach (var document in documents)
        {
            foreach (var sentence in document.BodySentences)
            {
                var at = $"{document.Id}#{sentence.Id}";
                ReadNames(sentence.Text, at, parties, found);
                ReadPeople(sentence.Text, at, found, people);
            }
        }

        return [.. found.Values
            .OrderBy(b => b.Kind)
            .ThenBy(b => b.Kind == EntityKind.Party ? parties.IndexOf(b.Name) : 0)
            .ThenBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => b.Build())];
    }

    private void ReadNames(string text, string at, ImmutableArray<string> parties, Dictionary<string, Builder> found)
    {
        foreach (var m in gazetteer.Names.Matches(text))
        {
            if (gazetteer.Resolve(m.Value) is not { } resolved || gazetteer.IsRegion(resolved.Name))
            {
                continue;
            }

            var kind = !resolved.IsCountry ? EntityKind.Organisation : parties.Contains(resolved.Name) ? EntityKind.Party : EntityKind.Country;
            Get(found, resolved.Name, kind).Add(m.Value, at);
        }
    }

    private void ReadPeople(string text, string at, Dictionary<string, Builder> found, List<Builder> people)
    {
        // A person is found by a title ("President"): without one in the sentence, the costly name pattern cannot match.
        string? previousRole = null;
        var titled = gazetteer.Titles.MayMatch(text) ? TitledName().Matches(text) : (IEnumerable<Match>)[];
        foreach (var m in titled)
        {
            var titleText = m.Groups["title"].Value;
            var title = gazetteer.Titles.Match(titleText);
            if (!title.Success || title.Length != titleText.Length)
            {
                continue;
            }

            var name = m.Groups["name"].Value;
            if (gazetteer.Resolve(name) is not null || gazetteer.Names.IsMatch(name))
            {
                continue;
            }

            var country = m.Groups["adj"].Success && gazetteer.Resolve(m.Groups["adj"].Value) is { IsCountry: true } c ? c.Name : null;

            // "Iranian counterpart Masoud Pezeshkian": a counterpart holds the role of the person before.
            var role = titleText.Equals("counterpart", StringComparison.OrdinalIgnoreCase) ? previousRole ?? titleText : titleText;
            previousRole = role;
            var known = found.Count;
            var person = Get(found, name, EntityKind.Person);
            if (found.Count > known)
            {
                people.Add(person);
            }

            person.Role ??= role;
            person.Country ??= country;
            person.Add(m.Value, at);
        }

        // Later mentions by surname alone ("Putin stated").
        foreach (var person in people)
        {
            var surname = person.Name.Split(' ')[^1];
            if (text.Contains(surname, StringComparison.Ordinal) && Regex.IsMatch(text, $@"\b{Regex.Escape(surname)}\b") && !text.Contains(person.Name, StringComparison.Ordinal))
            {
                person.Add(surname, at);
            }
        }
    }

    private static Builder Get(Dictionary<string, Builder> found, string name, EntityKind kind)
    {
        if (!found.TryGetValue(name, out var builder))
        {
            found[name] = builder = new Builder(name, kind);
        }

        return builder;
    }

    private sealed class Builder(string name, EntityKind kind)
    {
        private readonly List<string> _forms = [];
        private readonly List<string> _mentions = [];

        public string Name { get; } = name;

        public EntityKind Kind { get; } = kind;

        public string? Role { get; set; }

        public string? Country { get; set; }

        public void Add(string form, string at)
        {
            if (!_forms.Contains(form))
            {
                _forms.Add(form);
            }

            if (!_mentions.Contains(at))
            {
                _mentions.Add(at);
            }
        }

        public Entity Build() => new(Name, Kind, Role, Country, [.. _forms], [.. _mentions]);
    }
}
