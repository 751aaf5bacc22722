using System.Collections.Immutable;
using System.Globalization;
using TreatyBrowser.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TreatyBrowser.Core.Loading;

/// <summary>The optional YAML block at the top of a seed file, between two <c>---</c> lines.</summary>
/// <param name="Metadata">The fields it gives; unknown fields are ignored with a warning.</param>
/// <param name="BodyStart">Offset where the article itself begins.</param>
/// <param name="Warnings">What was wrong with it, if anything.</param>
public sealed record FrontMatter(DocumentMetadata Metadata, int BodyStart, ImmutableArray<string> Warnings)
{
    private static readonly string[] KnownKeys = ["title", "outlet", "url", "published", "treaty", "parties"];

    /// <summary>Reads the front matter of <paramref name="text"/>; a file without one gives empty metadata.</summary>
    public static FrontMatter Read(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return new FrontMatter(new DocumentMetadata(), 0, []);
        }

        var close = FindClosingFence(text);
        if (close is null)
        {
            return new FrontMatter(new DocumentMetadata(), 0, ["front matter opens with '---' but never closes; read the whole file as the article"]);
        }

        var (yamlEnd, bodyStart) = close.Value;
        var yaml = text[(text.IndexOf('\n') + 1)..yamlEnd];
        try
        {
            var warnings = new List<string>();
            var metadata = Parse(yaml, warnings);
            return new FrontMatter(metadata, bodyStart, [.. warnings]);
        }
        catch (YamlException e)
        {
            return Invalid(bodyStart, $"{e.Start}: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed input this way rather than as a YamlException ("The current event is
            // of an unsupported type" for a plain scalar that holds "key: []" after other text).
            return Invalid(bodyStart, e.Message);
        }
    }

    private static FrontMatter Invalid(int bodyStart, string detail) =>
        new(new DocumentMetadata(), bodyStart, [$"front matter is not valid YAML ({detail}); metadata ignored"]);

    private static (int YamlEnd, int BodyStart)? FindClosingFence(string text)
    {
        var lineStart = text.IndexOf('\n') + 1;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = (lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd]).TrimEnd('\r');
            if (line == "---")
            {
                return (lineStart, lineEnd < 0 ? text.Length : lineEnd + 1);
            }

            if (lineEnd < 0)
            {
                return null;
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }

    private static DocumentMetadata Parse(string yaml, List<string> warnings)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0)
        {
            return new DocumentMetadata();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            warnings.Add("front matter is not a list of 'key: value' fields; metadata ignored");
            return new DocumentMetadata();
        }

        var metadata = new DocumentMetadata();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() ?? "";
            if (!KnownKeys.Contains(key))
            {
                warnings.Add($"front matter field '{key}' is not one of {string.Join(", ", KnownKeys)}; ignored");
                continue;
            }

            metadata = Apply(metadata, key, valueNode, warnings);
        }

        return metadata;
    }

    private static DocumentMetadata Apply(DocumentMetadata metadata, string key, YamlNode node, List<string> warnings)
    {
        if (key == "parties")
        {
            var parties = node switch
            {
                YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? ""),
                YamlScalarNode scalar => (scalar.Value ?? "").Split(','),
                _ => [],
            };
            return metadata with { Parties = [.. parties.Select(p => Printable(p).Trim()).Where(p => p.Length > 0)] };
        }

        if (node is not YamlScalarNode { Value: { } raw } || string.IsNullOrWhiteSpace(raw))
        {
            warnings.Add($"front matter field '{key}' has no plain value; ignored");
            return metadata;
        }

        var value = Printable(raw).Trim();
        if (value.Length < raw.Trim().Length)
        {
            warnings.Add($"front matter field '{key}' held control or non-characters; they were dropped");
        }

        switch (key)
        {
            case "published" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return metadata with { Published = date };
            case "published":
                warnings.Add($"front matter 'published: {value}' is not a date like 2025-05-21; publication date unknown");
                return metadata;
            case "title":
                return metadata with { Title = value };
            case "outlet":
                return metadata with { Outlet = value };
            case "url" when WebAddress.IsAbsoluteWeb(value):
                return metadata with { Url = value };
            case "url":
                warnings.Add("front matter 'url' is not an http or https address; ignored");
                return metadata;
            default:
                return metadata with { Treaty = value };
        }
    }

    // YAML's escapes can write any code point ("\u0001", "\uFFFE"); a name, title or outlet is text a reader sees,
    // a permalink is made from and a feed carries, so controls (tab aside) and non-characters are dropped.
    private static string Printable(string value)
    {
        if (!value.Any(IsUnprintable))
        {
            return value;
        }

        return new string([.. value.Where(c => !IsUnprintable(c))]);
    }

    private static bool IsUnprintable(char c) => (char.IsControl(c) && c != '\t') || c is '\uFFFE' or '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF');
}
