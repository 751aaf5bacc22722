using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Lexicons;

/// <summary>A lexicon with its patterns compiled once; immutable and shared by every extraction.</summary>
public sealed partial class CompiledLexicon
{
    private readonly RegexOptions _options;

    /// <summary>
    /// Parses <paramref name="lexicon"/>'s patterns; an invalid pattern fails here, naming itself. With
    /// <paramref name="compiled"/>, patterns become IL: several times faster to match, but about a second to prepare.
    /// </summary>
    public CompiledLexicon(Lexicon lexicon, bool compiled = false)
    {
        Source = lexicon;
        _options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | (compiled ? RegexOptions.Compiled : RegexOptions.None);
        TreatyWords = Alternation(lexicon.TreatyWords, "treatyWords");
        CommitmentFrames = Alternation(lexicon.CommitmentFrames, "commitmentFrames");
        ProhibitionCues = Alternation(lexicon.ProhibitionCues, "prohibitionCues");
        AbsentCues = Alternation(lexicon.AbsentCues, "absentCues");
        RelatedFrames = Alternation(lexicon.RelatedFrames, "relatedFrames");
        ContextCues = Alternation(lexicon.ContextCues, "contextCues");
        ClaimCues = Alternation(lexicon.ClaimCues, "claimCues");
        BindingFrames = Alternation(lexicon.BindingFrames, "bindingFrames");
        SpeechCues = Alternation(lexicon.SpeechCues, "speechCues");
        NarrationCues = Alternation(lexicon.NarrationCues, "narrationCues");
        BackgroundCues = Alternation(lexicon.BackgroundCues, "backgroundCues");
        ReactionCues = Alternation(lexicon.ReactionCues, "reactionCues");
        AgreementNames = Alternation(lexicon.AgreementNames, "agreementNames");
        ModalFrames = Alternation(lexicon.ModalFrames, "modalFrames");
        ContentNames = Alternation(lexicon.ContentNames, "contentNames");
        EventVerbs = Alternation(lexicon.EventVerbs, "eventVerbs");
        AgreementNouns = Alternation(lexicon.AgreementNouns, "agreementNouns");
        MentionedAgreementFrames = Alternation(lexicon.MentionedAgreementFrames, "mentionedAgreementFrames");
        AccessionFrames = Alternation(lexicon.AccessionFrames, "accessionFrames");
        ProvisionFrames = new CuePattern(new[] { CommitmentFrames, AbsentCues, ProhibitionCues, ClaimCues, BindingFrames }.SelectMany(p => p.Parts));
        NonContent = Alternation(lexicon.NonContent, "nonContent");
        Attributions = Alternation(lexicon.Attributions, "attributions");
        Categories = [.. lexicon.Categories.Select(c => (c.Name, Alternation(c.Cues, $"category {c.Name}")))];
        Provisions = [.. lexicon.Provisions.Select(p => (p, Alternation(p.Patterns, $"provision {p.Id}")))];
    }

    /// <summary>The lexicon these patterns were compiled from.</summary>
    public Lexicon Source { get; }

    /// <summary>One pattern for <see cref="Lexicon.TreatyWords"/>: the words that name an agreement.</summary>
    public CuePattern TreatyWords { get; }

    /// <summary>One pattern for the frames that introduce a commitment ("will", "commits both sides to").</summary>
    public CuePattern CommitmentFrames { get; }

    /// <summary>One pattern for the cues of a prohibition ("will not allow").</summary>
    public CuePattern ProhibitionCues { get; }

    /// <summary>One pattern for the cues of a stated absence ("does not include").</summary>
    public CuePattern AbsentCues { get; }

    /// <summary>One pattern for the frames that report another, related agreement.</summary>
    public CuePattern RelatedFrames { get; }

    /// <summary>One pattern for the cues of background sentences that report no provision.</summary>
    public CuePattern ContextCues { get; }

    /// <summary>One pattern for the phrases that attribute a sentence to a source ("officials said").</summary>
    public CuePattern Attributions { get; }

    /// <summary>One pattern for <see cref="Lexicon.ClaimCues"/>.</summary>
    public CuePattern ClaimCues { get; }

    /// <summary>One pattern for <see cref="Lexicon.BindingFrames"/>.</summary>
    public CuePattern BindingFrames { get; }

    /// <summary>One pattern for <see cref="Lexicon.SpeechCues"/>.</summary>
    public CuePattern SpeechCues { get; }

    /// <summary>One pattern for <see cref="Lexicon.NarrationCues"/>.</summary>
    public CuePattern NarrationCues { get; }

    /// <summary>One pattern for <see cref="Lexicon.BackgroundCues"/>.</summary>
    public CuePattern BackgroundCues { get; }

    /// <summary>One pattern for <see cref="Lexicon.ReactionCues"/>.</summary>
    public CuePattern ReactionCues { get; }

    /// <summary>One pattern for <see cref="Lexicon.AgreementNames"/>.</summary>
    public CuePattern AgreementNames { get; }

    /// <summary>One pattern for <see cref="Lexicon.ContentNames"/>.</summary>
    public CuePattern ContentNames { get; }

    /// <summary>One pattern for <see cref="Lexicon.ModalFrames"/>.</summary>
    public CuePattern ModalFrames { get; }

    /// <summary>One pattern for <see cref="Lexicon.EventVerbs"/>.</summary>
    public CuePattern EventVerbs { get; }

    /// <summary>One pattern for <see cref="Lexicon.AccessionFrames"/>.</summary>
    public CuePattern AccessionFrames { get; }

    /// <summary>One pattern for <see cref="Lexicon.MentionedAgreementFrames"/>.</summary>
    public CuePattern MentionedAgreementFrames { get; }

    /// <summary>One pattern for <see cref="Lexicon.AgreementNouns"/>.</summary>
    public CuePattern AgreementNouns { get; }

    /// <summary>Every frame that introduces a provision: commitment, absence, prohibition, claim, binding.</summary>
    public CuePattern ProvisionFrames { get; }

    /// <summary>One pattern for <see cref="Lexicon.NonContent"/>.</summary>
    public CuePattern NonContent { get; }

    /// <summary>The folded text with job titles and other non-content uses of cue words blanked, offsets kept.</summary>
    public string MaskNonContent(string folded)
    {
        if (!NonContent.IsMatch(folded))
        {
            return folded;
        }

        return NonContent.Replace(folded, m => new string(' ', m.Length));
    }

    /// <summary>Each category with one pattern for its cues, in lexicon order.</summary>
    public ImmutableArray<(string Name, CuePattern Cues)> Categories { get; }

    /// <summary>Each catalogued provision with the pattern that finds it.</summary>
    public ImmutableArray<(ProvisionDefinition Definition, CuePattern Pattern)> Provisions { get; }

    /// <summary>Every pattern with the lexicon list it comes from (for warming and profiling).</summary>
    public IEnumerable<(string Name, CuePattern Pattern)> AllPatterns =>
        new (string, CuePattern)[]
        {
            ("treatyWords", TreatyWords), ("commitmentFrames", CommitmentFrames), ("prohibitionCues", ProhibitionCues), ("absentCues", AbsentCues),
            ("relatedFrames", RelatedFrames), ("contextCues", ContextCues), ("attributions", Attributions), ("claimCues", ClaimCues),
            ("bindingFrames", BindingFrames), ("nonContent", NonContent), ("speechCues", SpeechCues), ("narrationCues", NarrationCues),
            ("backgroundCues", BackgroundCues), ("reactionCues", ReactionCues), ("agreementNames", AgreementNames), ("modalFrames", ModalFrames), ("contentNames", ContentNames),
            ("eventVerbs", EventVerbs), ("agreementNouns", AgreementNouns), ("mentionedAgreementFrames", MentionedAgreementFrames),
                ("accessionFrames", AccessionFrames), ("provision frames", ProvisionFrames),
        }
        .Concat(Categories.Select(c => ($"category {c.Name}", c.Cues)))
        .Concat(Provisions.Select(p => ($"provision {p.Definition.Id}", p.Pattern)));

    /// <summary>
    /// A stage's pattern with its words taken from the lexicon: each "{name}" in <paramref name="template"/> becomes
    /// the alternation of the list of that name (<see cref="Lexicon.ListNamed"/>), so the C# holds the shape of what
    /// is read and the lexicon every word of it; an extension's words reach every pattern that names the list. Made
    /// once per template and options, compiled when this lexicon is. A name the lexicon lacks fails here, naming it.
    /// </summary>
    public Regex Grammar([StringSyntax(StringSyntaxAttribute.Regex)] string template, RegexOptions options = RegexOptions.None) =>
        _grammar.GetOrAdd((template, options), key =>
        {
            var pattern = ListName().Replace(key.Template, name => $"(?:{string.Join("|", Words(name.Groups[1].Value, key.Template))})");
            return new Regex(pattern, key.Options | RegexOptions.CultureInvariant | (_options & RegexOptions.Compiled));
        });

    private readonly ConcurrentDictionary<(string Template, RegexOptions Options), Regex> _grammar = new();

    /// <summary>
    /// The entries of the list called <paramref name="name"/> (<see cref="Lexicon.ListNamed"/>), for a stage that reads
    /// them as words rather than as a pattern; a name the lexicon lacks, or an empty list, fails here, naming it.
    /// </summary>
    public ImmutableArray<string> Words(string name, string? usedIn = null) =>
        Source.ListNamed(name) is { IsDefaultOrEmpty: false } words
            ? words
            : throw new InvalidDataException($"a stage names the word list \"{name}\", which the lexicon does not have{(usedIn is null ? "" : $": {usedIn}")}");

    // "{name}" in a template: a list's name (a quantifier such as {2,9} has digits, never letters).
    [GeneratedRegex(@"\{([a-z][A-Za-z]*)\}")]
    private static partial Regex ListName();

    /// <summary>
    /// Runs every pattern once (the stages' grammar patterns made so far among them), so that compiled patterns are
    /// ready before real work needs them.
    /// </summary>
    public void Warm()
    {
        const string Sample = "The agreement says both countries will not support the aggressor and will hold joint exercises.";
        foreach (var regex in AllPatterns.SelectMany(p => p.Pattern.Regexes).Concat(_grammar.Values).Distinct())
        {
            try
            {
                regex.IsMatch(Sample);
            }
            catch (RegexMatchTimeoutException)
            {
                // The first match of a compiled pattern also compiles its code to machine code, which on a busy
                // machine can outlast the match timeout; once compiled, the same match is quick.
                regex.IsMatch(Sample);
            }
        }
    }

    // Word boundaries are added around the whole alternation, so "arms" never fires inside "harmslessly". The
    // literals every match needs let most sentences skip the pattern (see CuePattern).
    private CuePattern Alternation(ImmutableArray<string> patterns, string name)
    {
        if (patterns.IsDefaultOrEmpty)
        {
            return new CuePattern(new Regex("(?!)", _options), null);
        }

        try
        {
            var regex = new Regex($@"(?<![\w])(?:{string.Join("|", patterns.Select(p => $"(?:{p})"))})(?![\w])", _options, TimeSpan.FromSeconds(1));
            return new CuePattern(regex, RequiredLiterals.OfAny(patterns));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"lexicon {name} has an invalid pattern: {e.Message}", e);
        }
    }
}
