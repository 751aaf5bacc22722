using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Tests.Snapshots;

/// <summary>
/// The whole model as JSON, to compare two corpora field by field: stored properties only (computed ones are derived
/// from them), and a clause candidate's provision by its id (the entry is the lexicon's own).
/// </summary>
internal static class ModelJson
{
    public static JsonSerializerOptions Options(Lexicon lexicon) => new()
    {
        Converters = { new ProvisionById(lexicon) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutComputed } },
    };

    private static void WithoutComputed(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var stored = type.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).ToList();
        type.Properties.Clear();
        stored.ForEach(type.Properties.Add);
    }

    private sealed class ProvisionById(Lexicon lexicon) : JsonConverter<ProvisionDefinition>
    {
        private readonly Dictionary<string, ProvisionDefinition> _byId = lexicon.Provisions.ToDictionary(p => p.Id, StringComparer.Ordinal);

        public override ProvisionDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            _byId.GetValueOrDefault(reader.GetString() ?? "") ?? throw new JsonException($"provision {reader.GetString()} is not in the lexicon");

        public override void Write(Utf8JsonWriter writer, ProvisionDefinition value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
    }
}
