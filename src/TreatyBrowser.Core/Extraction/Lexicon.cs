using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// The cue lexicon: data, not code. The default ships embedded (Data/lexicon.json); a deployment can replace it or
/// extend it with its own files (new cues, provisions, categories) without a rebuild. Format: docs/lexicon.md.
/// </summary>
public sealed record Lexicon
{
    /// <summary>The format name every lexicon file declares.</summary>
    public const string FormatName = "treatybrowser-lexicon";

    /// <summary>The file's format name; must be <see cref="FormatName"/>.</summary>
    public string Format { get; init; } = "";

    /// <summary>The format version the file was written for.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Words that name an agreement ("treaty", "partnership", "accord").</summary>
    public ImmutableArray<string> TreatyWords { get; init; } = [];

    /// <summary>Frames that introduce a commitment ("will", "commits both sides to").</summary>
    public ImmutableArray<string> CommitmentFrames { get; init; } = [];

    /// <summary>Cues of a prohibition ("will not allow", "shall refrain from").</summary>
    public ImmutableArray<string> ProhibitionCues { get; init; } = [];

    /// <summary>Cues of a stated absence ("does not include", "no provision for").</summary>
    public ImmutableArray<string> AbsentCues { get; init; } = [];

    /// <summary>Frames that report another, related agreement rather than a provision.</summary>
    public ImmutableArray<string> RelatedFrames { get; init; } = [];

    /// <summary>Cues of background sentences (history, reactions) that report no provision.</summary>
    public ImmutableArray<string> ContextCues { get; init; } = [];

    /// <summary>Expectations, forecasts and one side's descriptions: a provision reported only so is a claim.</summary>
    public ImmutableArray<string> ClaimCues { get; init; } = [];

    /// <summary>Reported speech ("said", "according to Reuters"): a provision only so reported, with no binding frame, is a claim.</summary>
    public ImmutableArray<string> SpeechCues { get; init; } = [];

    /// <summary>The verbs and nouns of a dated event (signed, ratified, took effect, began, met, visited).</summary>
    public ImmutableArray<string> EventVerbs { get; init; } = [];

    /// <summary>The plain nouns for an agreement ("treaty", "pact"): an inferred name ends in one, a term is read after one.</summary>
    public ImmutableArray<string> AgreementNouns { get; init; } = [];

    /// <summary>
    /// Words just before an agreement's name that make it another agreement the article mentions, not the one it reports
    /// ("join the Abraham Accords", "replaces the 1994 NAFTA", "in accordance with the UN Charter").
    /// </summary>
    public ImmutableArray<string> MentionedAgreementFrames { get; init; } = [];

    /// <summary>
    /// Words just before an agreement's name that report a state joining it ("join the CPTPP"): in the headline or lead
    /// the article is about that accession, so the name is its treaty's; further down it is background, as a mention.
    /// </summary>
    public ImmutableArray<string> AccessionFrames { get; init; } = [];

    /// <summary>Verbs that narrate an event ("signed", "sealed"): an item they govern reports the event, not a provision.</summary>
    public ImmutableArray<string> NarrationCues { get; init; } = [];

    /// <summary>Frames that say the parties are bound ("agreed to", "under the deal"): they outweigh a claim cue.</summary>
    public ImmutableArray<string> BindingFrames { get; init; } = [];

    /// <summary>Words that hold a category's cue without its content ("Defence Minister"): masked before categories are read.</summary>
    public ImmutableArray<string> NonContent { get; init; } = [];

    /// <summary>Phrases that attribute a report to a source ("officials said", "according to").</summary>
    public ImmutableArray<string> Attributions { get; init; } = [];

    /// <summary>The categories (defence, intelligence, economic, …) with their cues, in display order.</summary>
    public ImmutableArray<CategoryDefinition> Categories { get; init; } = [];

    /// <summary>The catalogue of known provisions, each with the patterns that report it.</summary>
    public ImmutableArray<ProvisionDefinition> Provisions { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>The lexicon that ships with the app.</summary>
    public static Lexicon Default { get; } = LoadEmbedded("lexicon.json");

    /// <summary>Reads a lexicon file; throws <see cref="InvalidDataException"/> with the reason when it is not one.</summary>
    public static Lexicon Load(Stream json, string name)
    {
        Lexicon? lexicon;
        try
        {
            lexicon = JsonSerializer.Deserialize<Lexicon>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"lexicon {name} is not valid JSON: {e.Message}", e);
        }

        if (lexicon is null || lexicon.Format != FormatName)
        {
            throw new InvalidDataException($"lexicon {name} does not declare \"format\": \"{FormatName}\"");
        }

        // Category names and provision ids become parts of permalinks, so they must be ids a route accepts.
        var badId = lexicon.Categories.Select(c => c.Name).Concat(lexicon.Provisions.Select(p => p.Id)).FirstOrDefault(id => !Slug.IsValid(id));
        if (badId is not null)
        {
            throw new InvalidDataException($"lexicon {name}: \"{badId}\" is not a valid id; use lower-case letters, digits and single hyphens, like \"{Slug.From(badId ?? "")}\"");
        }

        return lexicon;
    }

    /// <summary>This lexicon with another's entries added: lists are appended, categories of the same name merged.</summary>
    public Lexicon Extend(Lexicon extension)
    {
        var categories = Categories.ToList();
        foreach (var added in extension.Categories)
        {
            var index = categories.FindIndex(c => c.Name == added.Name);
            if (index < 0)
            {
                categories.Add(added);
            }
            else
            {
                categories[index] = categories[index] with { Cues = categories[index].Cues.AddRange(added.Cues) };
            }
        }

        return this with
        {
            TreatyWords = TreatyWords.AddRange(extension.TreatyWords),
            CommitmentFrames = CommitmentFrames.AddRange(extension.CommitmentFrames),
            ProhibitionCues = ProhibitionCues.AddRange(extension.ProhibitionCues),
            AbsentCues = AbsentCues.AddRange(extension.AbsentCues),
            RelatedFrames = RelatedFrames.AddRange(extension.RelatedFrames),
            ContextCues = ContextCues.AddRange(extension.ContextCues),
            ClaimCues = ClaimCues.AddRange(extension.ClaimCues),
            BindingFrames = BindingFrames.AddRange(extension.BindingFrames),
            SpeechCues = SpeechCues.AddRange(extension.SpeechCues),
            NarrationCues = NarrationCues.AddRange(extension.NarrationCues),
            EventVerbs = EventVerbs.AddRange(extension.EventVerbs),
            AgreementNouns = AgreementNouns.AddRange(extension.AgreementNouns),
            MentionedAgreementFrames = MentionedAgreementFrames.AddRange(extension.MentionedAgreementFrames),
            AccessionFrames = AccessionFrames.AddRange(extension.AccessionFrames),
            NonContent = NonContent.AddRange(extension.NonContent),
            Attributions = Attributions.AddRange(extension.Attributions),
            Categories = [.. categories],
            Provisions = [.. Provisions.Where(p => !extension.Provisions.Any(e => e.Id == p.Id)), .. extension.Provisions],
        };
    }

    private static Lexicon LoadEmbedded(string file)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream($"TreatyBrowser.Core.Data.{file}")
            ?? throw new InvalidOperationException($"embedded lexicon {file} is missing from the build");
        return Load(stream, file);
    }
}

/// <summary>A category and the cue patterns that put a sentence in it.</summary>
public sealed record CategoryDefinition(string Name, string Label, ImmutableArray<string> Cues);

/// <summary>A kind of provision treaties contain, and the patterns that report it.</summary>
/// <param name="Id">The clause id it gives (a slug).</param>
/// <param name="Category">The category it belongs to.</param>
/// <param name="Statement">The short normalised statement shown to readers.</param>
/// <param name="Obligation">The alliance-obligation type it evidences, if any (defence, offence, neutrality, nonaggression, consultation).</param>
/// <param name="Patterns">Regular expressions for the phrases that report it.</param>
public sealed record ProvisionDefinition(string Id, string Category, string Statement, string? Obligation, ImmutableArray<string> Patterns);
