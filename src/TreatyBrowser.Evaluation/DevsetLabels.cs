using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyBrowser.Evaluation;

/// <summary>One article's labels, as tests/devset/README.md defines them.</summary>
public sealed record ArticleLabels(
    string File,
    string Treaty,
    IReadOnlyList<string> Parties,
    [property: JsonPropertyName("document_date")] string? DocumentDate,
    LabelSource? Source,
    IReadOnlyList<LabelledSentence> Sentences,
    IReadOnlyList<LabelledClause> Clauses,
    IReadOnlyList<LabelledEvent> Timeline)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every label file in <paramref name="labelsFolder"/>, in file-name order.</summary>
    public static List<ArticleLabels> ReadAll(string labelsFolder) =>
    [
        .. Directory.GetFiles(labelsFolder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Deserialize<ArticleLabels>(System.IO.File.ReadAllText(f), Json)
                ?? throw new InvalidDataException($"{f} is not a label file")),
    ];
}

/// <summary>Where the article the labels follow was published.</summary>
public sealed record LabelSource(string? Url, string? Outlet);

/// <summary>A sentence: how it starts, its categories and its kind (headline, dateline, body, …).</summary>
public sealed record LabelledSentence(
    [property: JsonPropertyName("i")] int Index,
    [property: JsonPropertyName("starts_with")] string StartsWith,
    IReadOnlyList<string> Categories,
    string? Kind);

/// <summary>A provision the article reports, the sentences that report it and its modality.</summary>
public sealed record LabelledClause(
    string Category,
    string Summary,
    [property: JsonPropertyName("sentence_indexes")] IReadOnlyList<int> SentenceIndexes,
    string Modality);

/// <summary>A dated event and its date at the text's precision.</summary>
public sealed record LabelledEvent(
    string Event,
    string? Date,
    [property: JsonPropertyName("resolved_from")] string? ResolvedFrom,
    [property: JsonPropertyName("sentence_index")] int SentenceIndex);
