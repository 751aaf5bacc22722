using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>The model part of a saved snapshot: everything of <see cref="CorpusParts"/> but the index, as JSON.</summary>
internal sealed record SavedModel(
    ImmutableArray<SeedFile> Files,
    ImmutableArray<DocumentAnalysis> Analyses,
    ImmutableArray<SavedTreaty> Treaties,
    ImmutableArray<SkippedFile> Skipped)
{
    public static SavedModel Of(CorpusParts parts) => new(
        parts.Files,
        parts.Analyses,
        [.. parts.Treaties.Select(t => new SavedTreaty(t.Group.Name, t.Group.NameInferred, t.Group.Parties, t.Treaty))],
        parts.Skipped);

    /// <summary>The parts again, each treaty's group made of the very analyses read, so a later build can reuse it.</summary>
    public CorpusParts ToParts(Search.SearchIndex search)
    {
        var byId = Analyses.ToDictionary(a => a.Document.Id, StringComparer.Ordinal);
        ImmutableArray<BuiltTreaty> treaties =
        [
            .. Treaties.Select(t => new BuiltTreaty(
                new TreatyGroup(t.GroupName, t.NameInferred, t.GroupParties, [.. t.Treaty.DocumentIds.Select(id => byId[id])]),
                t.Treaty)),
        ];
        return new CorpusParts(Files, Analyses, treaties, Skipped, search);
    }

    /// <summary>JSON options for a model read with <paramref name="lexicon"/>: provisions are written as their ids.</summary>
    public static JsonSerializerOptions Json(Lexicon lexicon) => new()
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new ProvisionById(lexicon) },
    };

    // A clause candidate refers to its catalogue entry; the entry is the lexicon's own, so only its id is written.
    private sealed class ProvisionById(Lexicon lexicon) : JsonConverter<ProvisionDefinition>
    {
        private readonly Dictionary<string, ProvisionDefinition> _byId = lexicon.Provisions.ToDictionary(p => p.Id, StringComparer.Ordinal);

        public override ProvisionDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            _byId.GetValueOrDefault(reader.GetString() ?? "") ?? throw new JsonException($"provision {reader.GetString()} is not in the lexicon");

        public override void Write(Utf8JsonWriter writer, ProvisionDefinition value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
    }
}

/// <summary>A treaty with what its group was: name, whether inferred, parties (its documents are the treaty's).</summary>
internal sealed record SavedTreaty(string GroupName, bool NameInferred, ImmutableArray<string> GroupParties, Treaty Treaty);
