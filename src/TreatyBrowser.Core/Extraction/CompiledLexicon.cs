using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Extraction;

/// <summary>A lexicon with its patterns compiled once; immutable and shared by every extraction.</summary>
public sealed class CompiledLexicon
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
        EventVerbs = Alternation(lexicon.EventVerbs, "eventVerbs");
        AgreementNouns = Alternation(lexicon.AgreementNouns, "agreementNouns");
        ProvisionFrames = Alternation([.. lexicon.CommitmentFrames, .. lexicon.AbsentCues, .. lexicon.ProhibitionCues, .. lexicon.ClaimCues, .. lexicon.BindingFrames], "provision frames");
        NonContent = Alternation(lexicon.NonContent, "nonContent");
        Attributions = Alternation(lexicon.Attributions, "attributions");
        Categories = [.. lexicon.Categories.Select(c => (c.Name, Alternation(c.Cues, $"category {c.Name}")))];
        Provisions = [.. lexicon.Provisions.Select(p => (p, Alternation(p.Patterns, $"provision {p.Id}")))];
    }

    public Lexicon Source { get; }

    public Regex TreatyWords { get; }

    public Regex CommitmentFrames { get; }

    public Regex ProhibitionCues { get; }

    public Regex AbsentCues { get; }

    public Regex RelatedFrames { get; }

    public Regex ContextCues { get; }

    public Regex Attributions { get; }

    public Regex ClaimCues { get; }

    public Regex BindingFrames { get; }

    public Regex SpeechCues { get; }

    public Regex NarrationCues { get; }

    public Regex EventVerbs { get; }

    public Regex AgreementNouns { get; }

    /// <summary>Every frame that introduces a provision: commitment, absence, prohibition, claim, binding.</summary>
    public Regex ProvisionFrames { get; }

    public Regex NonContent { get; }

    /// <summary>The folded text with job titles and other non-content uses of cue words blanked, offsets kept.</summary>
    public string MaskNonContent(string folded)
    {
        if (!NonContent.IsMatch(folded))
        {
            return folded;
        }

        return NonContent.Replace(folded, m => new string(' ', m.Length));
    }

    public ImmutableArray<(string Name, Regex Cues)> Categories { get; }

    public ImmutableArray<(ProvisionDefinition Definition, Regex Pattern)> Provisions { get; }

    /// <summary>Runs every pattern once, so that compiled patterns are ready before real work needs them.</summary>
    public void Warm()
    {
        const string Sample = "The agreement says both countries will not support the aggressor and will hold joint exercises.";
        foreach (var regex in new[] { TreatyWords, CommitmentFrames, ProhibitionCues, AbsentCues, RelatedFrames, ContextCues, Attributions, ClaimCues, BindingFrames, NonContent, SpeechCues, NarrationCues, EventVerbs, AgreementNouns, ProvisionFrames }
                     .Concat(Categories.Select(c => c.Cues)).Concat(Provisions.Select(p => p.Pattern)))
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

    // Word boundaries are added around the whole alternation, so "arms" never fires inside "harmslessly".
    private Regex Alternation(ImmutableArray<string> patterns, string name)
    {
        if (patterns.IsDefaultOrEmpty)
        {
            return new Regex("(?!)", _options);
        }

        try
        {
            return new Regex($@"(?<![\w])(?:{string.Join("|", patterns.Select(p => $"(?:{p})"))})(?![\w])", _options, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"lexicon {name} has an invalid pattern: {e.Message}", e);
        }
    }
}
