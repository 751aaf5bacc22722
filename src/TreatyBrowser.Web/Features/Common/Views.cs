using System.Globalization;
using Microsoft.AspNetCore.Html;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Search;

namespace TreatyBrowser.Web.Features.Common;

/// <summary>Small pieces of presentation the pages share: labels, dates, highlighted quotes, citations.</summary>
public static class Views
{
    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "date unknown";

    public static string ModalityLabel(Modality m) => m switch
    {
        Modality.Commitment => "commitment",
        Modality.Prohibition => "prohibition",
        Modality.Absent => "stated absent",
        Modality.Claim => "claim",
        _ => "related agreement",
    };

    public static string ModalityMeaning(Modality m) => m switch
    {
        Modality.Commitment => "The parties will do this.",
        Modality.Prohibition => "The parties will not do, or permit, this.",
        Modality.Absent => "The reports say the treaty does not contain this.",
        Modality.Claim => "What a side, an official or a forecast says the treaty will bring: reported, not an agreed term.",
        _ => "Another agreement reported alongside the treaty, not a provision of it.",
    };

    public static string ObligationLabel(ObligationValue v) => v switch
    {
        ObligationValue.Present => "present",
        ObligationValue.StatedAbsent => "stated absent",
        ObligationValue.Disputed => "disputed",
        _ => "not reported",
    };

    public static string EventLabel(EventType t) => t switch
    {
        EventType.Signature => "signature",
        EventType.Ratification => "ratification",
        EventType.Approval => "approval by parliament",
        EventType.EntryIntoForce => "entry into force",
        EventType.RelatedAgreement => "related agreement",
        EventType.Context => "context",
        _ => "event",
    };

    /// <summary>The sentence with the evidence phrase in <c>&lt;mark&gt;</c>, everything HTML-encoded.</summary>
    public static IHtmlContent Highlight(string sentence, int start, int end) => Marked(new MarkedText(sentence, [new MarkedSpan(start, end)]));

    /// <summary>A text with its marked spans in <c>&lt;mark&gt;</c>, everything HTML-encoded: search hits and evidence alike.</summary>
    public static IHtmlContent Marked(MarkedText marked) => new HtmlString(MarkedHtml(marked));

    /// <summary>The same as a string, for the JSON API's <c>text</c> fields.</summary>
    public static string MarkedHtml(MarkedText marked)
    {
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        var html = new System.Text.StringBuilder();
        var at = 0;
        foreach (var mark in marked.Marks)
        {
            html.Append(encoder.Encode(marked.Text[at..mark.Start])).Append("<mark>").Append(encoder.Encode(marked.Text[mark.Start..mark.End])).Append("</mark>");
            at = mark.End;
        }

        return html.Append(encoder.Encode(marked.Text[at..])).ToString();
    }

    /// <summary>A plain-text citation of a clause with one piece of its evidence.</summary>
    public static string CiteClause(Clause clause, Treaty treaty, SourceDocument document, Sentence sentence, string baseUrl) =>
        $"“{clause.Statement}” ({ModalityLabel(clause.Modality)}), {treaty.Name}.\n"
        + $"Reported by {document.Metadata.Outlet ?? "an unknown outlet"}, {Date(document.Metadata.Published)}: “{sentence.Text}”\n"
        + $"{baseUrl}{Paths.Clause(clause.TreatyId, clause.Category, clause.Id)}";

    /// <summary>A plain-text citation of a sentence.</summary>
    public static string CiteSentence(SourceDocument document, Sentence sentence, Treaty? treaty, string baseUrl) =>
        $"“{sentence.Text}”\n"
        + $"{document.Metadata.Outlet ?? "Unknown outlet"}, {Date(document.Metadata.Published)}"
        + (treaty is null ? "" : $", on the {treaty.Name}")
        + $".\n{baseUrl}{Paths.SentenceWithText(document.Id, sentence.Id, sentence.Text)}";

    /// <summary>
    /// The address readers use: Connections:PublicBaseUrl when set, else the request's own (whose host AllowedHosts
    /// has already checked, so a forged Host header never reaches a link).
    /// </summary>
    public static string BaseUrl(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.HttpContext.RequestServices.GetService<Microsoft.Extensions.Options.IOptions<Hosting.ConnectionOptions>>()
            is { Value.PublicBaseUrl: { Length: > 0 } configured }
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{HostOf(request)}";

    // HTTP/1.0 may send no Host: the address the request arrived at stands in, never an empty one ("http:///").
    private static string HostOf(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Host.HasValue ? request.Host.Value!
        : request.HttpContext.Connection.LocalIpAddress is { } ip ? new System.Net.IPEndPoint(ip, request.HttpContext.Connection.LocalPort).ToString()
        : "localhost";

    /// <summary>Where a sentence comes from, in words: "s-8, Brussels Morning Newspaper, 21 May 2025".</summary>
    public static string SourceLine(Corpus corpus, string documentId, string sentenceId)
    {
        var document = corpus.FindDocument(documentId);
        return $"“{document?.DisplayTitle ?? documentId}”, {document?.Metadata.Outlet ?? "unknown outlet"}, {Date(document?.Metadata.Published)}, {sentenceId}";
    }

    /// <summary>One item of an inline list of links: its text, its target (none: plain text), one data- attribute, a title, a class.</summary>
    public sealed record ListedLink(string Text, string? Href, string DataName, string DataValue, string? Title = null, string? Class = null);

    /// <summary>Links joined by <paramref name="separator"/> with no stray whitespace ("Canada, Mexico", never "Canada , Mexico").</summary>
    public static IHtmlContent LinkList(IEnumerable<ListedLink> links, string separator)
    {
        var html = new HtmlContentBuilder();
        var first = true;
        foreach (var link in links)
        {
            if (!first)
            {
                html.Append(separator);
            }

            first = false;
            html.AppendHtml(link.Href is null ? "<span" : "<a");
            Attribute(html, "data-" + link.DataName, link.DataValue);
            if (link.Href is not null)
            {
                Attribute(html, "href", link.Href);
            }

            if (link.Title is not null)
            {
                Attribute(html, "title", link.Title);
            }

            if (link.Class is not null)
            {
                Attribute(html, "class", link.Class);
            }

            html.AppendHtml(">").Append(link.Text).AppendHtml(link.Href is null ? "</span>" : "</a>");
        }

        return html;
    }

    private static void Attribute(HtmlContentBuilder html, string name, string value) =>
        html.AppendHtml($" {name}=\"").Append(value).AppendHtml("\"");
}
