using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyBrowser.Core.Lexicons;

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

    /// <summary>
    /// Words that place a statement before or beside the agreement ("already", "similar deals", "negotiations on"): an
    /// item holding one tells background, not a provision, unless a binding frame says otherwise.
    /// </summary>
    public ImmutableArray<string> BackgroundCues { get; init; } = [];

    /// <summary>
    /// Verbs of reaction and appraisal ("hailed", "welcomed", "called … a landmark"): what follows one, with no frame
    /// between, is what someone thinks of the agreement, not what it does.
    /// </summary>
    public ImmutableArray<string> ReactionCues { get; init; } = [];

    /// <summary>
    /// Proper names that are content all the same ("the Royal Australian Navy"): a cue inside any other capitalised name
    /// ("the UN Economic Commission for Africa", "Mitsubishi Heavy Industries") is part of the name, not the agreement's content.
    /// </summary>
    public ImmutableArray<string> ContentNames { get; init; } = [];

    /// <summary>
    /// An agreement named by its kind ("free trade pact", "Defence Cooperation Agreement"): a cue word inside the name
    /// says what the agreement is called, not what it provides, so it never makes an open provision.
    /// </summary>
    public ImmutableArray<string> AgreementNames { get; init; } = [];

    /// <summary>Frame words at the front of an open provision's words that are not the provision ("will", "agreed to").</summary>
    public ImmutableArray<string> StatementLeads { get; init; } = [];

    /// <summary>The subject of an infinitive at the front of a statement ("the two navies to coordinate"): who is bound, not what.</summary>
    public ImmutableArray<string> StatementSubjects { get; init; } = [];

    /// <summary>
    /// Subjects that are the parties or the agreement ("both sides", "the deal", "it"): a statement leaves them out
    /// (the clause lists its parties); any other subject stays ("Tariffs on whisky cut in half").
    /// </summary>
    public ImmutableArray<string> PartySubjects { get; init; } = [];

    /// <summary>
    /// Modal frames ("will", "is to"): the words before one are the subject of what follows, which a statement keeps
    /// when it is not a party ("Tariffs on whisky will be cut in half" gives "Tariffs on whisky cut in half").
    /// </summary>
    public ImmutableArray<string> ModalFrames { get; init; } = [];

    /// <summary>How an absence opens ("does not include", "contains no"): its statement says "No …" instead.</summary>
    public ImmutableArray<string> AbsentLeads { get; init; } = [];

    /// <summary>Words that open a trailing subordinate clause ("which", "while", "saying"): a statement ends before them.</summary>
    public ImmutableArray<string> StatementBreaks { get; init; } = [];

    /// <summary>Words that start a new phrase ("and", "with", "under"): a statement that must be shortened is cut before one.</summary>
    public ImmutableArray<string> PhraseStarts { get; init; } = [];

    /// <summary>
    /// Irregular participles as "gerund participle" pairs ("cutting cut"): a statement that opens with a gerund is turned
    /// round ("Tariffs on beef cut"); regular verbs need no entry.
    /// </summary>
    public ImmutableArray<string> Participles { get; init; } = [];

    /// <summary>Plain words left out of a clause id ("the", "will", "agreement"): an id keeps the words that say what it is.</summary>
    public ImmutableArray<string> KeyStopWords { get; init; } = [];

    /// <summary>Verbs that narrate an event ("signed", "sealed"): an item they govern reports the event, not a provision.</summary>
    public ImmutableArray<string> NarrationCues { get; init; } = [];

    /// <summary>Frames that say the parties are bound ("agreed to", "under the deal"): they outweigh a claim cue.</summary>
    public ImmutableArray<string> BindingFrames { get; init; } = [];

    /// <summary>Words that hold a category's cue without its content ("Defence Minister"): masked before categories are read.</summary>
    public ImmutableArray<string> NonContent { get; init; } = [];

    /// <summary>Phrases that attribute a report to a source ("officials said", "according to").</summary>
    public ImmutableArray<string> Attributions { get; init; } = [];

    /// <summary>
    /// The stages' grammar words, by name: each list holds the words or phrases (pattern fragments) that one place in
    /// a stage's pattern reads, written there as "{name}" (see <see cref="CompiledLexicon.Grammar"/>). A new list is
    /// one entry here and one line in docs/lexicon.md; an extension appends to a list of the same name. Sorted by
    /// name: the lexicon's JSON is its snapshot identity, which must not change with the order a hash table keeps
    /// (string hashes differ from process to process, so a restart would never find its snapshot).
    /// </summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> WordLists { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal);

    /// <summary>
    /// The list called <paramref name="name"/>: a word list, or one of the lists above by its name in the file
    /// ("agreementNouns"); null when there is none.
    /// </summary>
    public ImmutableArray<string>? ListNamed(string name) =>
        WordLists.TryGetValue(name, out var words) ? words
        : TypedLists.TryGetValue(name, out var property) ? (ImmutableArray<string>)property.GetValue(this)!
        : null;

    // The lists above by their names in the file, so that a stage's pattern can name one as it names a word list.
    private static readonly Dictionary<string, System.Reflection.PropertyInfo> TypedLists = typeof(Lexicon).GetProperties()
        .Where(p => p.PropertyType == typeof(ImmutableArray<string>))
        .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);

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

        return lexicon with { WordLists = lexicon.WordLists.WithComparers(StringComparer.Ordinal) };
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
            BackgroundCues = BackgroundCues.AddRange(extension.BackgroundCues),
            StatementLeads = StatementLeads.AddRange(extension.StatementLeads),
            StatementSubjects = StatementSubjects.AddRange(extension.StatementSubjects),
            StatementBreaks = StatementBreaks.AddRange(extension.StatementBreaks),
            PartySubjects = PartySubjects.AddRange(extension.PartySubjects),
            AbsentLeads = AbsentLeads.AddRange(extension.AbsentLeads),
            ModalFrames = ModalFrames.AddRange(extension.ModalFrames),
            PhraseStarts = PhraseStarts.AddRange(extension.PhraseStarts),
            Participles = Participles.AddRange(extension.Participles),
            KeyStopWords = KeyStopWords.AddRange(extension.KeyStopWords),
            ReactionCues = ReactionCues.AddRange(extension.ReactionCues),
            AgreementNames = AgreementNames.AddRange(extension.AgreementNames),
            ContentNames = ContentNames.AddRange(extension.ContentNames),
            EventVerbs = EventVerbs.AddRange(extension.EventVerbs),
            AgreementNouns = AgreementNouns.AddRange(extension.AgreementNouns),
            MentionedAgreementFrames = MentionedAgreementFrames.AddRange(extension.MentionedAgreementFrames),
            AccessionFrames = AccessionFrames.AddRange(extension.AccessionFrames),
            NonContent = NonContent.AddRange(extension.NonContent),
            Attributions = Attributions.AddRange(extension.Attributions),
            WordLists = extension.WordLists.Aggregate(WordLists, (lists, added) =>
                lists.SetItem(added.Key, lists.TryGetValue(added.Key, out var words) ? words.AddRange(added.Value) : added.Value)),
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
