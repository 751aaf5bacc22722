using System.Text;
using System.Text.Encodings.Web;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Web.Features.Common;

/// <summary>
/// A sentence as a reader sees it on its source page. Plain-text articles are shown as written, HTML-encoded. In a
/// Markdown article the inline markup is rendered, but only a safe subset, built element by element rather than by a
/// Markdown-to-HTML renderer: emphasis, code, and links whose target is http, https or relative. Raw HTML is shown as
/// text, images as their description, any other link target (<c>javascript:</c>, <c>data:</c>) as the link's words.
/// </summary>
public static class SentenceMarkup
{
    // Raw HTML is parsed as literal text, never as markup.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly System.Buffers.SearchValues<char> MarkupCharacters = System.Buffers.SearchValues.Create("*_`[<&\\!");

    public static IHtmlContent Render(SourceDocument document, string text)
    {
        var plain = new HtmlString(HtmlEncoder.Default.Encode(text));
        if (!IsMarkdown(document) || text.AsSpan().IndexOfAny(MarkupCharacters) < 0)
        {
            return plain;
        }

        // A sentence that Markdown would read as anything but one paragraph ("1. ...", "> ...", "# ...") is shown as
        // written, so no marker it starts with is lost.
        var parsed = Markdown.Parse(text, Pipeline);
        if (parsed is not [ParagraphBlock { Inline: { } inlines }])
        {
            return plain;
        }

        var html = new StringBuilder(text.Length + 32);
        AppendChildren(html, inlines);
        return new HtmlString(html.ToString());
    }

    public static bool IsMarkdown(SourceDocument document) =>
        document.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || document.FileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private static void AppendChildren(StringBuilder html, ContainerInline container)
    {
        foreach (var inline in container)
        {
            Append(html, inline);
        }
    }

    private static void Append(StringBuilder html, Inline inline)
    {
        var encoder = HtmlEncoder.Default;
        switch (inline)
        {
            case LiteralInline literal:
                html.Append(encoder.Encode(literal.Content.ToString()));
                break;
            case CodeInline code:
                html.Append("<code>").Append(encoder.Encode(code.Content)).Append("</code>");
                break;
            case LineBreakInline:
                html.Append(' ');
                break;
            case HtmlEntityInline entity:
                html.Append(encoder.Encode(entity.Transcoded.ToString()));
                break;
            case HtmlInline raw:
                html.Append(encoder.Encode(raw.Tag));
                break;
            case AutolinkInline auto:
                AppendLink(html, auto.IsEmail ? null : auto.Url, a => a.Append(encoder.Encode(auto.Url)));
                break;
            case LinkInline { IsImage: true } image:
                AppendChildren(html, image);
                break;
            case LinkInline link:
                AppendLink(html, link.Url, a => AppendChildren(a, link));
                break;
            case EmphasisInline emphasis:
                var tag = emphasis.DelimiterCount >= 2 ? "strong" : "em";
                html.Append('<').Append(tag).Append('>');
                AppendChildren(html, emphasis);
                html.Append("</").Append(tag).Append('>');
                break;
            case ContainerInline container:
                AppendChildren(html, container);
                break;
            default:
                html.Append(encoder.Encode(inline.ToString() ?? ""));
                break;
        }
    }

    private static void AppendLink(StringBuilder html, string? url, Action<StringBuilder> words)
    {
        if (!WebAddress.IsLinkable(url))
        {
            words(html);
            return;
        }

        html.Append("<a href=\"").Append(HtmlEncoder.Default.Encode(url!)).Append("\" rel=\"nofollow noopener noreferrer\">");
        words(html);
        html.Append("</a>");
    }
}
