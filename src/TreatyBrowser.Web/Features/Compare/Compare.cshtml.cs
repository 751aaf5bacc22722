using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Compare;

/// <summary>Two or more treaties side by side: obligation profiles, then clauses by category.</summary>
public sealed class CompareModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    public IReadOnlyList<Treaty> Treaties { get; private set; } = [];

    public string? Error { get; private set; }

    public override string Title => Treaties.Count == 0 ? "Compare treaties" : $"Compare: {string.Join(" / ", Treaties.Select(t => t.Name))}";

    public override string CanonicalPath => Treaties.Count == 0 ? "/compare" : "/compare?" + string.Join("&", Treaties.Select(t => $"t={Uri.EscapeDataString(t.Id)}"));

    /// <summary>Every clause id in a category across the compared treaties, in first-seen order.</summary>
    public IEnumerable<(string Id, string Statement)> Rows(string category) =>
        Treaties.SelectMany(t => t.ClausesIn(category)).Select(c => (c.Id, c.Statement)).DistinctBy(r => r.Id);

    public void OnGet(string[]? t)
    {
        TakeSnapshot();
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
    }
}
