using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Compare;

/// <summary>Two or more treaties side by side: obligation profiles, then clauses by category.</summary>
public sealed class CompareModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    /// <summary>How many unchosen treaties the picker offers at once: a filter narrows an archive of hundreds.</summary>
    public const int MaxOffered = 30;

    // Names more than one treaty of the archive has, counted once a request rather than once a label.
    private HashSet<string> _sharedNames = [];

    public IReadOnlyList<Treaty> Treaties { get; private set; } = [];

    /// <summary>What the picker's filter holds: words of a treaty's name, an alias or a party.</summary>
    public string Filter { get; private set; } = "";

    /// <summary>The unchosen treaties that match the filter, by name.</summary>
    public IReadOnlyList<Treaty> Matching { get; private set; } = [];

    /// <summary>
    /// A treaty's label in the picker: its name, and its parties where another treaty has the same name (two
    /// "Defense Cooperation Agreement (DCA)" between different parties read apart).
    /// </summary>
    public string Label(Treaty treaty) =>
        _sharedNames.Contains(treaty.Name) && !treaty.Parties.IsEmpty ? $"{treaty.Name} — {string.Join(", ", treaty.Parties)}" : treaty.Name;


    public string? Error { get; private set; }

    public override string Title => Treaties.Count == 0 ? "Compare treaties" : $"Compare: {string.Join(" / ", Treaties.Select(t => t.Name))}";

    public override string CanonicalPath => Treaties.Count == 0 ? "/compare" : "/compare?" + string.Join("&", Treaties.Select(t => $"t={Uri.EscapeDataString(t.Id)}"));

    /// <summary>Every clause id in a category across the compared treaties, in first-seen order.</summary>
    public IEnumerable<(string Id, string Statement)> Rows(string category) =>
        Treaties.SelectMany(t => t.ClausesIn(category)).Select(c => (c.Id, c.Statement)).DistinctBy(r => r.Id);

    public void OnGet(string[]? t, string? filter)
    {
        TakeSnapshot();
        Filter = (filter ?? "").Trim() is var wanted && wanted.Length > 100 ? wanted[..100] : wanted;
        // "?t=" binds as a null entry; a treaty list is short, so anything past 20 ids is not a comparison anyone meant.
        var ids = (t ?? []).OfType<string>()
            .SelectMany(x => x.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct()
            .Take(20)
            .ToList();
        var unknown = ids.Where(id => Corpus.FindTreaty(id) is null).ToList();
        if (unknown.Count > 0)
        {
            Error = $"There is no treaty {string.Join(", ", unknown.Select(u => $"'{(u.Length <= 80 ? u : u[..80] + "…")}'"))}. Choose from the list below.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Treaties = [.. ids.Select(Corpus.FindTreaty).OfType<Treaty>()];
        _sharedNames = [.. Corpus.Treaties.GroupBy(x => x.Name).Where(g => g.Count() > 1).Select(g => g.Key)];
        var words = Filter.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Matching = [.. Corpus.Treaties
            .Where(x => !Treaties.Contains(x))
            .Where(x => words.All(w => x.Name.Contains(w, StringComparison.OrdinalIgnoreCase)
                || x.Parties.Any(p => p.Contains(w, StringComparison.OrdinalIgnoreCase))
                || x.Identity.Aliases.Any(a => a.Contains(w, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(x => x.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
