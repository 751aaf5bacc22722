using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Lexicons;

/// <summary>
/// A lexicon pattern with a quick test in front of it. Most sentences hold none of the literals a pattern needs
/// (see <see cref="RequiredLiterals"/>); one vectorised search for all of them at once (.NET's <see cref="SearchValues{T}"/>,
/// a multi-string automaton) proves that and skips the regular expression. Answers are exactly the pattern's own.
/// A pattern may also be several parts tried as one alternation ("provision frames" is five lexicon lists): each part
/// has its own quick test, and the leftmost match wins, the earlier part on a tie, as in the alternation.
/// </summary>
public sealed class CuePattern
{
    // Characters the regular-expression engine folds to ASCII letters ignoring case (the Kelvin sign is a "k") but
    // ordinal comparison does not: a text holding one always runs the pattern.
    private static readonly SearchValues<char> CaseOutliers = SearchValues.Create("\u212A\u212B\u017F\u0130\u0131\u1E9E");

    private readonly ImmutableArray<(Regex Regex, SearchValues<string>? Needs, bool IgnoresCase)> _parts;
    private readonly ImmutableArray<(Regex Regex, ImmutableArray<string>? Required)> _source;

    /// <summary>A pattern for <paramref name="regex"/>, skipped on texts holding none of <paramref name="required"/> (null: never skipped).</summary>
    public CuePattern(Regex regex, ImmutableArray<string>? required)
        : this([(regex, required)])
    {
    }

    /// <summary>One pattern of several parts, as if joined by "|" in this order.</summary>
    public CuePattern(IEnumerable<(Regex Regex, ImmutableArray<string>? Required)> parts)
    {
        _source = [.. parts];
        _parts = [.. _source.Select(p => (p.Regex, Needs(p.Regex, p.Required), IgnoresCase(p.Regex)))];
    }

    /// <summary>A pattern for a regular expression written in code: its literals read from its own text, once.</summary>
    public static CuePattern For(Regex regex) => Written.GetOrAdd(regex, static r => new CuePattern(r, RequiredLiterals.Of(r.ToString())));

    /// <summary>A pattern for an alternation of plain words (names, titles): every match is one of them.</summary>
    public static CuePattern OfWords(Regex regex, IEnumerable<string> words)
    {
        // Letters beyond ASCII may fold differently in the engine and in ordinal comparison when case is ignored.
        var list = words.ToImmutableArray();
        var safe = !regex.Options.HasFlag(RegexOptions.IgnoreCase) || list.All(w => w.All(char.IsAscii));
        return new CuePattern(regex, safe && list.Length > 0 ? list : null);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Regex, CuePattern> Written = new();

    /// <summary>The parts with their required literals, to join this pattern into a larger one.</summary>
    public IEnumerable<(Regex Regex, ImmutableArray<string>? Required)> Parts => _source;

    /// <summary>Every literal the parts need, in order (for tests and profiles); null where a part always runs.</summary>
    public IEnumerable<ImmutableArray<string>?> Required => _source.Select(p => p.Required);

    /// <summary>The regular expressions, in order (for warming them up).</summary>
    public IEnumerable<Regex> Regexes => _parts.Select(p => p.Regex);

    /// <summary>Whether any part has no quick test and always runs.</summary>
    public bool AlwaysRuns => _parts.Any(p => p.Needs is null);

    /// <summary>
    /// False when <paramref name="text"/> holds none of the literals every match needs, so that no part of it can
    /// match; true when it might.
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        foreach (var part in _parts)
        {
            if (MayMatch(part, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the pattern matches somewhere in <paramref name="text"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        foreach (var part in _parts)
        {
            if (MayMatch(part, text) && part.Regex.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first match in <paramref name="text"/>, or <see cref="Match.Empty"/>.</summary>
    public Match Match(string text) => Match(text, 0, text.Length);

    /// <summary>The first match inside text[beginning..beginning+length], that slice read as the whole input.</summary>
    public Match Match(string text, int beginning, int length)
    {
        var best = System.Text.RegularExpressions.Match.Empty;
        foreach (var part in _parts)
        {
            if (MayMatch(part, text.AsSpan(beginning, length)) && part.Regex.Match(text, beginning, length) is { Success: true } m && (!best.Success || m.Index < best.Index))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>Every match in <paramref name="text"/>, left to right, not overlapping.</summary>
    public IReadOnlyList<Match> Matches(string text)
    {
        if (_parts.Length == 1)
        {
            var part = _parts[0];
            return MayMatch(part, text) ? part.Regex.Matches(text) : [];
        }

        // As a scan of the joined alternation would: the leftmost match, then on from its end. Each part's next match
        // is kept and asked for again only once the scan has passed its start: a match found from an earlier position
        // is still the leftmost from any position up to its start (the text, not the scan, decides a match), so each
        // part scans forward once and a long text costs linear time, not a rescan of every part per match.
        var next = new Match?[_parts.Length];
        var possible = _parts.Select(part => MayMatch(part, text)).ToArray();
        var all = new List<Match>();
        for (var at = 0; at <= text.Length;)
        {
            Match? best = null;
            for (var p = 0; p < _parts.Length; p++)
            {
                if (!possible[p])
                {
                    continue;
                }

                if (next[p] is not { } cached || cached.Index < at)
                {
                    next[p] = _parts[p].Regex.Match(text, at);
                    possible[p] = next[p]!.Success;
                    if (!possible[p])
                    {
                        continue;
                    }
                }

                if (best is null || next[p]!.Index < best.Index)
                {
                    best = next[p];
                }
            }

            if (best is null)
            {
                break;
            }

            all.Add(best);
            at = best.Index + Math.Max(1, best.Length);
        }

        return all;
    }

    /// <summary>The number of matches in <paramref name="text"/>.</summary>
    public int Count(string text) => Matches(text).Count;

    /// <summary><paramref name="text"/> with every match replaced by what <paramref name="evaluator"/> gives.</summary>
    public string Replace(string text, MatchEvaluator evaluator) =>
        Splice.Replace(text, Matches(text), m => (m.Index, m.Length), m => evaluator(m));

    // A case-sensitive pattern ("US" the country, not "us") looks for its literals exactly as written.
    private static SearchValues<string>? Needs(Regex regex, ImmutableArray<string>? required) =>
        required is { IsEmpty: false } r ? SearchValues.Create(r.AsSpan(), IgnoresCase(regex) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) : null;

    private static bool IgnoresCase(Regex regex) =>
        regex.Options.HasFlag(RegexOptions.IgnoreCase) || regex.ToString().Contains("(?i", StringComparison.Ordinal);

    private static bool MayMatch((Regex Regex, SearchValues<string>? Needs, bool IgnoresCase) part, ReadOnlySpan<char> text) =>
        part.Needs is null || text.ContainsAny(part.Needs) || (part.IgnoresCase && text.ContainsAny(CaseOutliers));
}
