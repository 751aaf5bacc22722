using System.Collections.Immutable;
using System.Text;

namespace TreatyBrowser.Core.Lexicons;

/// <summary>
/// Reads a regular expression's text and finds literals one of which every match must contain: "agree[sd]? to"
/// needs "agree", "(?:is|was) not an?" needs " not a", "sign(?:ed|s)?|ratif(?:y|ied)" needs "sign" or "ratif". A
/// text holding none of them cannot match, so the pattern need not run on it. The analysis is conservative: any
/// construct it does not follow (a class, an optional part, a back-reference) only ends a literal, and a pattern it
/// cannot read at all gives no literals, which means "always run". Literals are compared ignoring case.
/// </summary>
internal sealed class RequiredLiterals
{
    private readonly string _pattern;
    private int _at;

    private RequiredLiterals(string pattern) => _pattern = pattern;

    /// <summary>
    /// Literals one of which every match of <paramref name="pattern"/> contains, or null when none can be named
    /// (the pattern may match without any fixed text, or uses syntax this reading does not follow).
    /// </summary>
    public static ImmutableArray<string>? Of(string pattern)
    {
        try
        {
            var reader = new RequiredLiterals(pattern);
            var found = reader.Alternation();
            return reader._at == pattern.Length ? found : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The literals of several patterns joined by "|": one of any; null if any pattern has none.</summary>
    public static ImmutableArray<string>? OfAny(IEnumerable<string> patterns)
    {
        var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pattern in patterns)
        {
            if (Of(pattern) is not { } literals)
            {
                return null;
            }

            all.UnionWith(literals);
        }

        return all.Count == 0 ? null : [.. all.Order(StringComparer.Ordinal)];
    }

    private char? Peek => _at < _pattern.Length ? _pattern[_at] : null;

    // a|b|c: a match holds one of any branch's literals, so every branch must have some.
    private ImmutableArray<string>? Alternation()
    {
        var union = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var complete = true;
        while (true)
        {
            var branch = Sequence();
            if (branch is null)
            {
                complete = false;
            }
            else
            {
                union.UnionWith(branch);
            }

            if (Peek != '|')
            {
                return complete && union.Count > 0 ? [.. union] : null;
            }

            _at++;
        }
    }

    // abc(?:x|y)d: every piece that must appear is a candidate; the most selective one (longest shortest literal) wins.
    private ImmutableArray<string>? Sequence()
    {
        var run = new StringBuilder();
        ImmutableArray<string>? best = null;

        void Consider(ImmutableArray<string>? candidate)
        {
            if (candidate is { } c && (best is not { } b || Score(c).CompareTo(Score(b)) > 0))
            {
                best = c;
            }
        }

        void EndRun()
        {
            if (run.Length > 0)
            {
                Consider([run.ToString()]);
                run.Clear();
            }
        }

        while (Peek is { } c && c is not '|' and not ')')
        {
            switch (c)
            {
                case '(':
                    var (inner, zeroWidth) = Group();
                    if (zeroWidth)
                    {
                        // A lookaround consumes nothing: the text on either side of it is still adjacent.
                        break;
                    }

                    EndRun();
                    if (Quantifier() >= 1)
                    {
                        Consider(inner);
                    }

                    break;
                case '^' or '$':
                    _at++;
                    break;
                case '[':
                    SkipClass();
                    Quantifier();
                    EndRun();
                    break;
                case '.':
                    _at++;
                    Quantifier();
                    EndRun();
                    break;
                case '\\':
                    var literal = Escape();
                    if (literal == ZeroWidth)
                    {
                        break;
                    }

                    Literal(literal, run, EndRun);
                    break;
                case '*' or '+' or '?' or '{':
                    throw new NotSupportedException("a quantifier with nothing before it");
                default:
                    _at++;
                    Literal(c, run, EndRun);
                    break;
            }
        }

        EndRun();
        return best;
    }

    private const char ZeroWidth = '\0';
    private const char NotLiteral = '\uffff';

    // One character of the pattern: it joins the run if it must appear exactly once; "s+" keeps one "s", then ends it.
    private void Literal(char c, StringBuilder run, Action endRun)
    {
        var min = Quantifier();
        if (c == NotLiteral || c > 0x7f)
        {
            // Classes, and letters whose case rules differ between the regex engine and ordinal comparison.
            endRun();
            return;
        }

        if (min == 0)
        {
            endRun();
            return;
        }

        run.Append(c);
        if (min is not 1 || _lastQuantifierWasVariable)
        {
            endRun();
        }
    }

    private bool _lastQuantifierWasVariable;

    // The smallest number of times the atom just read must appear: 1 without a quantifier.
    private int Quantifier()
    {
        _lastQuantifierWasVariable = false;
        int min;
        switch (Peek)
        {
            case '?' or '*':
                _at++;
                min = 0;
                break;
            case '+':
                _at++;
                min = 1;
                _lastQuantifierWasVariable = true;
                break;
            case '{':
                var close = _pattern.IndexOf('}', _at);
                var body = close < 0 ? "" : _pattern[(_at + 1)..close];
                var parts = body.Split(',');
                if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], out min))
                {
                    throw new NotSupportedException("a brace that is not a quantifier");
                }

                _lastQuantifierWasVariable = parts.Length == 2 || min != 1;
                _at = close + 1;
                break;
            default:
                return 1;
        }

        if (Peek == '?')
        {
            _at++;
        }

        return min;
    }

    // (…), (?:…), (?<name>…), (?i:…), and the lookarounds; conditionals and inline option switches are not followed.
    private (ImmutableArray<string>? Inner, bool ZeroWidth) Group()
    {
        _at++;
        var zeroWidth = false;
        if (Peek == '?')
        {
            _at++;
            var rest = _pattern.AsSpan(_at);
            if (rest.StartsWith("<=") || rest.StartsWith("<!"))
            {
                _at += 2;
                zeroWidth = true;
            }
            else if (rest.StartsWith("=") || rest.StartsWith("!"))
            {
                _at += 1;
                zeroWidth = true;
            }
            else if (rest.StartsWith(":") || rest.StartsWith(">"))
            {
                _at += 1;
            }
            else if (rest.StartsWith("<") || rest.StartsWith("'"))
            {
                var close = _pattern.IndexOfAny(['>', '\''], _at + 1);
                _at = close < 0 ? throw new NotSupportedException("an unclosed group name") : close + 1;
            }
            else
            {
                // (?i:…) and (?-i:…) only change case rules, which the comparison ignores anyway.
                var colon = 0;
                while (colon < rest.Length && rest[colon] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
                {
                    colon++;
                }

                if (colon == 0 || colon >= rest.Length || rest[colon] != ':' || rest[..colon].Contains('x'))
                {
                    throw new NotSupportedException("a group kind this reading does not follow");
                }

                _at += colon + 1;
            }
        }

        var inner = Alternation();
        if (Peek != ')')
        {
            throw new NotSupportedException("an unclosed group");
        }

        _at++;
        return (inner, zeroWidth);
    }

    private void SkipClass()
    {
        _at++;
        if (Peek == '^')
        {
            _at++;
        }

        if (Peek == ']')
        {
            _at++;
        }

        while (Peek is { } c && c != ']')
        {
            _at += c == '\\' ? 2 : 1;
        }

        if (Peek != ']')
        {
            throw new NotSupportedException("an unclosed class");
        }

        _at++;
    }

    // \b and the anchors are zero-width; \w, \d, \p{…} and the like are classes; any other escaped punctuation is itself.
    private char Escape()
    {
        _at++;
        if (Peek is not { } c)
        {
            throw new NotSupportedException("a pattern ending in a backslash");
        }

        _at++;
        switch (c)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return ZeroWidth;
            case 'p' or 'P':
                var close = _pattern.IndexOf('}', _at);
                _at = close < 0 ? throw new NotSupportedException("an unclosed category") : close + 1;
                return NotLiteral;
            case 'k' or 'x' or 'u' or 'c' or (>= '0' and <= '9'):
                // Back-references and character codes ("\u0041") would leave digits behind that are not literals.
                throw new NotSupportedException("a back-reference or character code");
            default:
                return char.IsLetterOrDigit(c) ? NotLiteral : c;
        }
    }

    // Longer shortest literal first (fewer false hits), then fewer literals.
    private static (int Shortest, int Fewer) Score(ImmutableArray<string> literals) =>
        (literals.Min(l => l.Length), -literals.Length);
}
