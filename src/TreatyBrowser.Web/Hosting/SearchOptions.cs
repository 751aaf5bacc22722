using Lucene.Net.Analysis.Synonym;
using TreatyBrowser.Core.Search;

namespace TreatyBrowser.Web.Hosting;

/// <summary>Search settings. Section <c>Search</c>. See docs/search.md.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// A synonym file (Solr format) whose lines are added to the built-in list; relative to the content root.
    /// Default: none. A missing or malformed file stops the app at start with the reason.
    /// </summary>
    public string? SynonymsPath { get; set; }

    /// <summary>
    /// How long one search may run before it stops with the hits found so far (default 1000 ms). Bounds the work a
    /// single request can cause, whatever its query.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(10, 60_000)]
    public int TimeBudgetMs { get; set; } = 1000;

    /// <summary>The synonym list these options describe.</summary>
    public SynonymMap Build(string contentRoot)
    {
        if (SynonymsPath is null)
        {
            return Synonyms.Default;
        }

        var full = Path.GetFullPath(SynonymsPath, contentRoot);
        return File.Exists(full)
            ? Synonyms.Load(full)
            : throw new InvalidDataException($"synonym file {full} (setting Search:SynonymsPath) does not exist");
    }
}
