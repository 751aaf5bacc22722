using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Lexicons;

/// <summary>
/// The people an article introduces with their state and title ("British Prime Minister Keir Starmer", "Kenya's
/// President William Ruto"), by surname: a headline that says "Starmer signs …" names the United Kingdom.
/// </summary>
internal sealed partial class PeopleOfStates(Gazetteer gazetteer)
{
    private const int Window = 48;

    // A capitalised name of two or three words right after a title.
    [GeneratedRegex(@"^\s+(?<name>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’.-]+){1,2})")]
    private static partial Regex NameAfter();

    // The state's form right before the title, possessive or adjective ("Kenya's President", "Indian Prime Minister").
    [GeneratedRegex(@"(?<form>[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}]+)?)(?:['’]s)?\s+$", RegexOptions.RightToLeft)]
    private static partial Regex StateBefore();

    /// <summary>Each introduced person's surname and the state they serve.</summary>
    public Dictionary<string, string> Read(IEnumerable<string> sentences)
    {
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in sentences)
        {
            if (!gazetteer.Titles.MayMatch(text))
            {
                continue;
            }

            foreach (var title in gazetteer.Titles.Matches(text))
            {
                // Windows either side of the title, so that a long sentence of many titles stays linear.
                var end = title.Index + title.Length;
                var name = NameAfter().Match(text, end, Math.Min(Window, text.Length - end));
                var from = Math.Max(0, title.Index - Window);
                var state = StateBefore().Match(text, from, title.Index - from);
                if (!name.Success || !state.Success || gazetteer.Resolve(state.Groups["form"].Value) is not { IsCountry: true } country)
                {
                    continue;
                }

                var surname = name.Groups["name"].Value.Split(' ')[^1].TrimEnd('.');
                if (gazetteer.Resolve(surname) is null)
                {
                    people.TryAdd(surname, country.Name);
                }
            }
        }

        return people;
    }
}
