using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Timeline;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>
/// Reads the dated events of a sentence: each date expression, resolved against the publication date, paired with
/// the nearest event verb (signed, ratified, approved, took effect, began), who acted, and the parties concerned.
/// </summary>
internal sealed partial class EventReader(CompiledLexicon lexicon, Gazetteer gazetteer) : ISentenceStage
{
    public StageData Reads => StageData.Context;

    public StageData Writes => StageData.Events | StageData.Categories;

    public void Read(SentenceAnalysis sentence)
    {
        // A line of its own with a date and no event ("Updated: January 1, 2022 | Print") gives the publication
        // time, not an event.
        if (sentence.Sentence.Role == SentenceRole.Heading && !lexicon.EventVerbs.IsMatch(sentence.Sentence.Text))
        {
            return;
        }

        // "Three days earlier" in a sentence with no date of its own counts from the event the sentence before dates.
        var before = sentence.EarlierEvents.LastOrDefault(e => e.SentenceId == sentence.Previous?.Id && e.When.Date is not null)?.When.Date;
        var dated = Read(sentence.Document, sentence.Sentence, sentence.IsContext, before, sentence.EarlierEvents);
        if (dated.Count > 0)
        {
            sentence.Events.AddRange(dated);
            sentence.Categories.Add(new CategoryDecision(Category, [.. dated.Select(e => $"{e.When.Text} · {e.Verb}").Distinct()]));
        }
        else if (sentence.Sentence.Role == SentenceRole.Body && !sentence.IsContext && Undated(sentence) is { } undated)
        {
            // "The two sides signed the agreement": the status table learns it was signed, though not when. It dates
            // nothing, so the sentence is not a timeline sentence.
            sentence.Events.Add(undated);
        }
    }

    /// <summary>A signature, ratification or entry into force of the agreement the sentence reports without a date.</summary>
    private TimelineEvent? Undated(SentenceAnalysis analysis)
    {
        var (document, sentence) = (analysis.Document, analysis.Sentence);
        var text = sentence.Text;
        var verb = lexicon.EventVerbs.Match(text);
        if (!verb.Success || !lexicon.TreatyWords.IsMatch(text) || Tense.IsFuture(text, text) || analysis.Has(lexicon.RelatedFrames))
        {
            return null;
        }

        var when = new TemporalExpression("", 0, 0, null, "the report gives no date");
        var e = MakeEvent(document, sentence, 1, when, verb, Segments(text), isContext: false);
        return e.Type is EventType.Signature or EventType.Approval or EventType.Ratification or EventType.EntryIntoForce ? e : null;
    }

    /// <summary>The category of a sentence that dates an event.</summary>
    public const string Category = "timeline";

    private Regex Segment { get; } = lexicon.Grammar(@"[,;:]\s*|\s{eventClauseJoins}\s(?=(?:{eventClauseAuxiliaries} )?(?:\w+{pastEnding}|{eventClauseVerbs})\b)");

    private Regex LeadWords { get; } = lexicon.Grammar(@"^(?:{eventLeadWords}\b[\s,]*)+", RegexOptions.IgnoreCase);

    private Regex Mutual { get; } = lexicon.Grammar(@"\b{mutualActors}\b", RegexOptions.IgnoreCase);

    private Regex OtherAgreement { get; } = lexicon.Grammar(@"^{otherAgreementLeads}\b[^,;]{0,60}?\b{agreementNouns}\b", RegexOptions.IgnoreCase);

    // "ratified by the Kazakh senate two days later": the agent runs up to a date word or the end of the clause.
    private Regex PassiveAgent { get; } = lexicon.Grammar(@"^\S+(?: \S+)? {passiveAgentBy} ((?:{passiveAgentDeterminers} )?[^,;]+?)(?=\s+(?:{passiveAgentEnds}|\d)\b|[,;.]|$)");

    // "The treaty was signed": the treaty is what was acted on, not who acted.
    private Regex TheTreaty { get; } = lexicon.Grammar(@"^(?:{treatyReferenceWords}\s+)*(?:{agreementNouns}|{treatyPronouns})$", RegexOptions.IgnoreCase);

    private Regex Auxiliary { get; } = lexicon.Grammar(@"\s+{eventAuxiliaries}$", RegexOptions.IgnoreCase);

    private Regex ActorJoin { get; } = lexicon.Grammar(@"\s+{actorJoins}\s+(?=[A-Z]|{actorJoinNextWords}\b)");

    private Regex TrailingPreposition { get; } = lexicon.Grammar(@"\b{eventTrailingPrepositions}\s*$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Whitespace that collapsing would change: a run of two, or any space that is not a plain one.
    [GeneratedRegex(@"\s{2}|[^\S ]")]
    private static partial Regex UnevenSpace();

    public List<TimelineEvent> Read(SourceDocument document, Sentence sentence, bool isContext, ResolvedDate? previousSentenceDate = null, IReadOnlyList<TimelineEvent>? earlier = null)
    {
        var text = sentence.Text;
        var mentions = DateFinder.Find(text);
        if (mentions.Count == 0)
        {
            return [];
        }

        var segments = Segments(text);
        var verbs = lexicon.EventVerbs.Matches(text).ToList();
        var published = document.Metadata.Published;
        ResolvedDate? anchor = null;
        var anchorSource = "the date given with it";
        var events = new List<TimelineEvent>();
        var usedVerbs = new HashSet<int>();
        foreach (var mention in mentions)
        {
            var segment = segments.First(s => mention.Start >= s.Start && mention.Start < s.End || s == segments[^1]);
            var future = Tense.IsFuture(text, segment, mention.Start);
            var relative = mention.Kind is MentionKind.Offset or MentionKind.Deadline;
            var (from, source) = relative && anchor is null
                ? DeadlineAnchor(mention, text, earlier ?? [], events) ?? (previousSentenceDate, "the date of the event the sentence before reports")
                : (anchor, anchorSource);
            var when = DateResolver.Resolve(mention, text, published, future, from, source);

            // An offset counts from the date the sentence gave last before it ("agreed in 2021 ... a year earlier").
            if (when.Date is not null && !relative)
            {
                anchor = when.Date;
            }

            // The event verb of the date's own clause first, else the nearest one.
            var verb = verbs.Where(v => !usedVerbs.Contains(v.Index))
                .OrderBy(v => v.Index >= segment.Start && v.Index < segment.End ? 0 : 1)
                .ThenBy(v => Distance(v, mention))
                .FirstOrDefault();
            if (verb is not null)
            {
                usedVerbs.Add(verb.Index);
            }

            events.Add(MakeEvent(document, sentence, events.Count + 1, when, verb, segments, isContext) with { Expected = future || mention.Kind == MentionKind.Deadline });
        }

        return events;
    }

    // "within 30 days of being signed" counts from the signature the article dated earlier; "after it comes into
    // force", from the entry into force.
    private static (ResolvedDate?, string)? DeadlineAnchor(DateMention mention, string text, IReadOnlyList<TimelineEvent> earlier, List<TimelineEvent> here)
    {
        if (mention.Kind != MentionKind.Deadline)
        {
            return null;
        }

        var what = text[mention.End..Math.Min(text.Length, mention.End + 60)].ToLowerInvariant();
        var type = what.Contains("sign", StringComparison.Ordinal) ? EventType.Signature
            : what.Contains("force", StringComparison.Ordinal) || what.Contains("effect", StringComparison.Ordinal) ? EventType.EntryIntoForce
            : (EventType?)null;
        var from = type is null ? null : earlier.Concat(here).LastOrDefault(e => e.Type == type && e.When.Date is not null);
        return from is null ? null : (from.When.Date, $"the {(type == EventType.Signature ? "signature" : "entry into force")} dated in the article ({from.When.Date!.Display})");
    }

    private TimelineEvent MakeEvent(SourceDocument document, Sentence sentence, int n, TemporalExpression when, Match? verb, List<(int Start, int End)> segments, bool isContext)
    {
        var text = sentence.Text;
        var at = verb?.Index ?? when.Start;
        var segment = segments.FirstOrDefault(s => at >= s.Start && at < s.End);
        var subject = verb is null ? "" : Tidy(Remove(text[segment.Start..verb.Index], text, segment.Start, when));
        var passiveBy = verb is null ? null : PassiveAgent.Match(text[verb.Index..segment.End]);
        var actorsText = passiveBy is { Success: true } ? passiveBy.Groups[1].Value.Trim() : IsNominal(verb) ? "" : subject;
        actorsText = Auxiliary.Replace(actorsText, "");
        var actors = actorsText.Length == 0 || OtherAgreement.IsMatch(actorsText) || TheTreaty.IsMatch(actorsText)
            ? ImmutableArray<string>.Empty
            : SplitActors(actorsText);
        var what = Capitalise(Shortened(Tidy(Remove(text[segment.Start..segment.End], text, segment.Start, when))));
        var type = TypeOf(verb, subject, actors, isContext, text);
        var parties = actors.SelectMany(a => gazetteer.CountriesIn(a).Select(c => c.Country)).Distinct().ToList();
        if (actors.Any(a => Mutual.IsMatch(a)))
        {
            parties.Add("*");
        }

        return new TimelineEvent(
            $"{document.Id}-{sentence.Id}-{n}",
            type,
            what,
            verb?.Value.ToLowerInvariant() ?? "dated",
            actors,
            [.. parties],
            when,
            document.Id,
            sentence.Id);
    }

    // What happened in a few words: an event never copies a whole long sentence (that made a date-dense text's
    // output grow with the square of its length).
    private static string Shortened(string what)
    {
        const int MaxWords = 30;
        var words = what.Split(' ', MaxWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? what : string.Join(' ', words[..MaxWords]) + "…";
    }

    private EventType TypeOf(Match? verb, string subject, ImmutableArray<string> actors, bool isContext, string text)
    {
        if (isContext)
        {
            return EventType.Context;
        }

        var v = verb?.Value.ToLowerInvariant() ?? "";
        // "put their names to the agreement", "put pen to paper": a signature told without the verb.
        if (v.StartsWith("sign", StringComparison.Ordinal) || v.StartsWith("put ", StringComparison.Ordinal))
        {
            return EventType.Signature;
        }

        if (v.StartsWith("ratif", StringComparison.Ordinal))
        {
            return EventType.Ratification;
        }

        if (v.StartsWith("approv", StringComparison.Ordinal) || v is "endorsed" or "adopted" or "passed")
        {
            return actors.Any(a => gazetteer.Institutions.IsMatch(a)) || gazetteer.Institutions.IsMatch(subject) ? EventType.Approval : EventType.Other;
        }

        if (v.EndsWith("effect", StringComparison.Ordinal) || v.EndsWith("force", StringComparison.Ordinal))
        {
            return OtherAgreement.IsMatch(subject.TrimStart()) ? EventType.RelatedAgreement : EventType.EntryIntoForce;
        }

        return EventType.Other;
    }

    private static bool IsNominal(Match? verb) => verb?.Value.ToLowerInvariant() is "onset" or "outbreak" or "invasion" or "approval" or "ratification";

    private ImmutableArray<string> SplitActors(string text) =>
        [.. ActorJoin.Split(text).Select(a => a.Trim().Trim(',')).Where(a => a.Length > 0)];

    private List<(int Start, int End)> Segments(string text)
    {
        var segments = new List<(int, int)>();
        var start = 0;
        foreach (Match m in Segment.Matches(text))
        {
            if (m.Index > start)
            {
                segments.Add((start, m.Index));
            }

            start = m.Index + m.Length;
        }

        segments.Add((start, text.Length));
        return segments;
    }

    private static int Distance(Match verb, DateMention mention) =>
        verb.Index >= mention.End ? verb.Index - mention.End : Math.Max(0, mention.Start - (verb.Index + verb.Length));

    // The segment without the date expression itself: "The Russian legislative branch approved the pact in April"
    // reads "The Russian legislative branch approved the pact".
    private string Remove(string slice, string text, int offset, TemporalExpression when)
    {
        if (when.Start >= offset && when.End <= offset + slice.Length)
        {
            var before = slice[..(when.Start - offset)];
            var after = slice[(when.End - offset)..];
            before = TrailingPreposition.Replace(before, "");
            return before + after;
        }

        return slice;
    }

    private string Tidy(string s)
    {
        s = (UnevenSpace().IsMatch(s) ? Whitespace().Replace(s, " ") : s).Trim().TrimEnd('.', ',', ';', ' ');
        return LeadWords.Replace(s, "").Trim();
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
