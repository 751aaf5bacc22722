using System.Collections.Immutable;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Grouping;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core;

/// <summary>
/// One immutable snapshot of everything the app serves, with the look-ups its pages need. It is built elsewhere:
/// whole or from the previous snapshot by <see cref="CorpusBuilder"/>, and chosen how by <see cref="CorpusLoader"/>.
/// A reload builds a new snapshot beside the old and swaps one reference, so readers never see a half-built state.
/// </summary>
public sealed class Corpus
{
    // Plain dictionaries, never written after construction: a reload builds them again for 10,000 documents, where a
    // frozen dictionary's slower construction (it is tuned for reading) cost more than it saved.
    private readonly Dictionary<string, SourceDocument> _documentsById;
    private readonly Dictionary<string, Treaty> _treatiesById;
    private readonly Dictionary<string, Treaty> _treatyByDocument;
    private readonly Lazy<Dictionary<string, Treaty>> _treatiesByName;
    private readonly Dictionary<(string DocumentId, string SentenceId), List<Clause>> _clausesBySentence;

    internal Corpus(CorpusParts parts, ImmutableArray<CategoryDefinition> categories, ImmutableArray<string> allCategories, DateTimeOffset loadedAt)
    {
        var documents = parts.Analyses.Select(a => a.Document).ToImmutableArray();
        var treaties = parts.Treaties.Select(t => t.Treaty).ToImmutableArray();
        Parts = parts;
        AllCategories = allCategories;
        Search = parts.Search;
        Documents = documents;
        Treaties = treaties;
        Categories = categories;
        Skipped = parts.Skipped;
        LoadedAt = loadedAt;
        _documentsById = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _treatiesById = treaties.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _treatyByDocument = new Dictionary<string, Treaty>(documents.Length, StringComparer.Ordinal);
        _treatiesByName = new(() => TreatiesByName(treaties));
        _clausesBySentence = [];
        foreach (var treaty in treaties)
        {
            foreach (var id in treaty.DocumentIds)
            {
                _treatyByDocument[id] = treaty;
            }

            foreach (var clause in treaty.Clauses)
            {
                foreach (var evidence in clause.Evidence)
                {
                    var key = (evidence.DocumentId, evidence.SentenceId);
                    if (!_clausesBySentence.TryGetValue(key, out var clauses))
                    {
                        _clausesBySentence[key] = clauses = [];
                    }

                    if (clauses.Count == 0 || !ReferenceEquals(clauses[^1], clause))
                    {
                        clauses.Add(clause);
                    }
                }
            }
        }
    }

    /// <summary>What this snapshot was built from and of: what a later reload or a saved snapshot starts from.</summary>
    public CorpusParts Parts { get; }

    /// <summary>Every loaded document, in path order, its sentences carrying their categories.</summary>
    public ImmutableArray<SourceDocument> Documents { get; }

    /// <summary>The treaties the documents report, in the order their first document appears.</summary>
    public ImmutableArray<Treaty> Treaties { get; }

    /// <summary>The lexicon's categories, in order, with their labels.</summary>
    public ImmutableArray<CategoryDefinition> Categories { get; }

    /// <summary>Files that could not be loaded, with the reason.</summary>
    public ImmutableArray<SkippedFile> Skipped { get; }

    /// <summary>The full-text index of this snapshot's sentences and clauses.</summary>
    public SearchIndex Search { get; }

    /// <summary>Every category a sentence can have: the lexicon's, then timeline and context.</summary>
    public ImmutableArray<string> AllCategories { get; }

    /// <summary>When this snapshot was built.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The document with the given id, or null.</summary>
    public SourceDocument? FindDocument(string id) => _documentsById.GetValueOrDefault(id);

    /// <summary>The treaty with the given id, or null.</summary>
    public Treaty? FindTreaty(string id) => _treatiesById.GetValueOrDefault(id);

    /// <summary>
    /// The corpus's treaty that <paramref name="name"/> names (its name, an alias or its acronym, spelling and parties
    /// aside), or null: links another agreement an article mentions to its own page when the archive holds it.
    /// </summary>
    public Treaty? TreatyNamed(string name) => _treatiesByName.Value.GetValueOrDefault(TreatyNameKey.Of(name, Gazetteer.Default))
        ?? (TreatyNameKey.AcronymOf(name) is { } acronym ? _treatiesByName.Value.GetValueOrDefault("acronym:" + acronym) : null);

    /// <summary>
    /// The treaties whose name or one of its aliases holds <paramref name="text"/> (case aside), at most
    /// <paramref name="limit"/>, an exact name or acronym first: a search for "PCFA" or "fisheries agreement" finds the treaty.
    /// </summary>
    public IReadOnlyList<Treaty> TreatiesCalled(string text, int limit)
    {
        var wanted = text.Trim().Trim('"', '“', '”', '*');
        if (wanted.Length < 2)
        {
            return [];
        }

        return [.. Treaties
            .Select(t => (Treaty: t, Exact: t.Identity.Aliases.Prepend(t.Name).Any(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase)),
                Holds: t.Identity.Aliases.Prepend(t.Name).Any(n => n.Contains(wanted, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Holds)
            .OrderByDescending(x => x.Exact)
            .Take(limit)
            .Select(x => x.Treaty)];
    }

    /// <summary>The treaty a document reports on.</summary>
    public Treaty? TreatyOf(string documentId) => _treatyByDocument.GetValueOrDefault(documentId);

    /// <summary>The clauses a sentence is evidence for.</summary>
    public IReadOnlyList<Clause> ClausesOf(string documentId, string sentenceId) =>
        _clausesBySentence.TryGetValue((documentId, sentenceId), out var clauses) ? clauses : [];

    /// <summary>The label of a category ("Defence"), or the name itself.</summary>
    public string LabelOf(string category) => Categories.FirstOrDefault(c => c.Name == category)?.Label
        ?? (category.Length == 0 ? category : char.ToUpperInvariant(category[0]) + category[1..]);

    // Every treaty by the key of its name and of each alias, and by its acronym; the first treaty keeps a shared key.
    private static Dictionary<string, Treaty> TreatiesByName(ImmutableArray<Treaty> treaties)
    {
        var byName = new Dictionary<string, Treaty>(StringComparer.Ordinal);
        foreach (var treaty in treaties.Where(t => !t.NameInferred))
        {
            foreach (var name in treaty.Identity.Aliases.Prepend(treaty.Name))
            {
                byName.TryAdd(TreatyNameKey.Of(name, Gazetteer.Default), treaty);
                if (TreatyNameKey.AcronymOf(name) is { } acronym)
                {
                    byName.TryAdd("acronym:" + acronym, treaty);
                }
            }
        }

        return byName;
    }
}
