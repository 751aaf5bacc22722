using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>One loaded article: its text, metadata, paragraphs and sentences.</summary>
/// <param name="Id">Stable slug of the file's path relative to the seeds folder.</param>
/// <param name="FileName">Path relative to the seeds folder, with '/' separators.</param>
/// <param name="Text">The file's decoded text; every offset in the document points into it.</param>
/// <param name="Metadata">Front matter and what the text itself says.</param>
/// <param name="Paragraphs">Paragraphs in order.</param>
/// <param name="Sentences">Sentences in order: dateline, headings and body.</param>
/// <param name="Warnings">Problems met while loading that did not stop the document from loading.</param>
[MemoryPackable]
public sealed partial record SourceDocument(
    [property: Snapshots.Pooled] string Id,
    string FileName,
    string Text,
    DocumentMetadata Metadata,
    ImmutableArray<Paragraph> Paragraphs,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<string> Warnings)
{
    /// <summary>The sentences of the running text.</summary>
    public IEnumerable<Sentence> BodySentences => Sentences.Where(s => s.Role == SentenceRole.Body);

    /// <summary>The sentence with the given id, or null.</summary>
    public Sentence? FindSentence(string sentenceId) => Sentences.FirstOrDefault(s => s.Id == sentenceId);

    /// <summary>A name to show for the document: its title, else its outlet and date, each "unknown" where it is.</summary>
    public string DisplayTitle => Metadata.Title
        ?? $"{Metadata.Outlet ?? "Unknown outlet"}, {Metadata.Published?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "date unknown"}";
}
