using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using TreatyBrowser.Core;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// Seeds full of markup render as inert text on every page a reader can reach: no element, attribute or link target
/// from an article survives as markup. The real browser proves the same (HostileSeedBrowserTests).
/// </summary>
public sealed class HostileSeedTests(HostileSite site) : IClassFixture<HostileSite>
{
    // Elements our own pages never use; any of them on a page can only have come from an article.
    private const string ForeignElements = "script, iframe, object, embed, svg, img, base, form:not([action='/search']):not([action='/analyze']):not([action='/compare']):not([action='/']), "
        + "meta[http-equiv], frame, frameset, math, video, audio, textarea:not(#text), " +
            "link:not([rel=canonical]):not([rel=stylesheet]):not([rel=icon]):not([rel=alternate][type='application/atom+xml'])";

    [Fact]
    public async Task No_page_carries_markup_from_an_article()
    {
        var pages = await site.PagesAsync();
        Assert.True(pages.Count > 10, $"the crawl reached {pages.Count} pages: {string.Join(", ", pages)}");
        Assert.Contains($"/sources/{HostileSite.MarkdownDocument}", pages);
        Assert.Contains("/sources/river-compact", pages);
        foreach (var url in pages)
        {
            AssertInert(await site.GetAsync(url), url);
        }
    }

    [Fact]
    public async Task A_feed_of_hostile_articles_is_well_formed_atom_with_their_markup_as_text()
    {
        foreach (var feed in new[] { "/feed.atom", "/treaties/harbour-svg-onload-alert-treaty-accord/feed.atom" })
        {
            var xml = System.Xml.Linq.XDocument.Parse(await site.Client.GetStringAsync(feed, TestContext.Current.CancellationToken));
            Assert.All(xml.Descendants(), e => Assert.Equal("http://www.w3.org/2005/Atom", e.Name.NamespaceName));
            Assert.Contains(xml.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value.Contains("<script>window.__pwned", StringComparison.Ordinal));
        }
    }

    // No element, attribute or link target on the page can have come from an article as markup.
    private static void AssertInert(IDocument page, string url)
    {
        Assert.True(page.QuerySelectorAll(ForeignElements).Length == 0, $"{url} has {string.Join(", ", page.QuerySelectorAll(ForeignElements).Select(e => e.OuterHtml))}");
        var handlers = page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style").ToList();
        Assert.True(handlers.Count == 0, $"{url} has attributes {string.Join(", ", handlers.Select(a => a.Name + "=" + a.Value))}");
        var targets = page.QuerySelectorAll("[href], [src], [action], [formaction]")
            .SelectMany(e => new[] { "href", "src", "action", "formaction" }.Select(e.GetAttribute))
            .Where(v => v is not null && v != "data:,")
            .ToList();
        Assert.All(targets, t => Assert.True(WebAddress.IsLinkable(t), $"{url} links to {t}"));
    }

    [Fact]
    public async Task The_markup_is_shown_as_the_text_it_is()
    {
        var page = await site.GetAsync($"/sources/{HostileSite.MarkdownDocument}");
        var text = page.QuerySelector("article")!.TextContent;
        Assert.Contains("<script>window.__pwned = 'body'; alert('body')</script>", text, StringComparison.Ordinal);
        Assert.Contains("</textarea><script>alert('textarea')</script>", text, StringComparison.Ordinal);
        Assert.Contains("<div onclick=\"alert('block')\"><script>alert('block')</script></div>", text, StringComparison.Ordinal);
        Assert.Contains("Harbour Accord <script>window.__pwned = 'title'; alert('title')</script> signed", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__pwned = 'outlet'; alert('outlet')\">Coastal Wire", text, StringComparison.Ordinal);

        var plain = await site.GetAsync("/sources/river-compact");
        Assert.Contains("<a href=\"javascript:alert('anchor')\">the annex</a>", plain.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_links_keep_only_http_https_and_relative_targets()
    {
        var page = await site.GetAsync($"/sources/{HostileSite.MarkdownDocument}");
        var links = page.QuerySelectorAll("article span.sentence a:not(.anchor):not(.clause-link)").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));

        Assert.Equal("https://example.org/ministry", links["ministry"]);
        Assert.Equal("/sources/river-compact", links["the other report"]);
        Assert.Equal("nofollow noopener noreferrer", page.QuerySelector("a[href='https://example.org/ministry']")!.GetAttribute("rel"));

        // The words of a link to anything else stay, as text.
        foreach (var words in new[] { "as the annex shows", "this copy", "called it", "new start" })
        {
            Assert.DoesNotContain(words, links.Keys);
            Assert.Contains(words, page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        }

        // An image is shown as its description and never loaded; inline code and emphasis are rendered.
        Assert.Contains("a tracking pixel", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<iframe src=\"https://evil.example/\">", page.QuerySelector("article span.sentence code")?.TextContent);
        Assert.Equal("without", page.QuerySelector("article span.sentence strong")?.TextContent);
    }

    [Fact]
    public async Task A_source_url_that_is_not_http_is_dropped_at_load_with_a_warning()
    {
        var page = await site.GetAsync($"/sources/{HostileSite.MarkdownDocument}");
        Assert.DoesNotContain(page.QuerySelectorAll("dt"), dt => dt.TextContent == "Original");

        var status = await site.GetAsync("/status");
        Assert.Contains("front matter 'url' is not an http or https address; ignored", status.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_markdown_brief_of_a_hostile_treaty_renders_as_inert_text()
    {
        var treaties = await site.Client.GetStringAsync("/api/treaties", TestContext.Current.CancellationToken);
        var id = System.Text.Json.JsonDocument.Parse(treaties).RootElement.EnumerateArray()
            .Select(t => t.GetProperty("id").GetString()!).Single(t => t.StartsWith("harbour", StringComparison.Ordinal));
        var brief = await site.Client.GetStringAsync($"/treaties/{id}/export.md", TestContext.Current.CancellationToken);

        // Rendered the way a reader's Markdown tool would, raw HTML allowed: the brief escapes it itself.
        var html = Markdig.Markdown.ToHtml(brief);
        var rendered = await BrowsingContext.New().OpenAsync(r => r.Content(html), TestContext.Current.CancellationToken);
        Assert.Empty(rendered.QuerySelectorAll("script, img, svg, iframe"));
        Assert.DoesNotContain(rendered.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.All(rendered.QuerySelectorAll("a[href]"), a => Assert.True(WebAddress.IsLinkable(a.GetAttribute("href")), a.OuterHtml));
    }

    [Fact]
    public async Task A_hostile_article_pasted_into_analyse_comes_back_inert_and_unchanged()
    {
        var article = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Hostile", "harbour-accord.md"), TestContext.Current.CancellationToken);
        using var form = new MultipartFormDataContent { { new StringContent(article), "Text" }, { new StringContent("true"), "Markdown" } };
        var response = await site.Client.PostAsync("/analyze", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowsingContext.New().OpenAsync(r => r.Content(response.Content.ReadAsStream(TestContext.Current.CancellationToken)), TestContext.Current.CancellationToken);

        AssertInert(page, "/analyze (posted)");
        Assert.NotEmpty(page.QuerySelectorAll("[data-sentence]"));

        // The reader's own text is given back exactly as sent, ready to edit, for all its tags.
        Assert.Equal(article, ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("textarea#text")!).Value);
    }

    [Theory]
    [InlineData("\"><script>alert(1)</script>")]
    [InlineData("</title><img src=x onerror=alert(1)>")]
    [InlineData("javascript:alert(1)")]
    [InlineData("<mark onmouseover=alert(1)>exercises</mark>")]
    public async Task A_hostile_query_is_shown_as_typed_and_stays_inert(string query)
    {
        var page = await site.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        AssertInert(page, query);
        Assert.Equal(query, page.QuerySelector("input#site-q")!.GetAttribute("value"));
    }

    // On the real socket, where Kestrel drops the body of an answer to HEAD.
    [Theory]
    [InlineData("/api/treaties", "application/json")]
    [InlineData("/api/documents/river-compact", "application/json")]
    [InlineData("/openapi/v1.json", "application/json")]
    [InlineData("/sources/river-compact", "text/html")]
    public async Task Head_answers_like_get_without_the_body(string url, string contentType)
    {
        using var head = new HttpRequestMessage(HttpMethod.Head, url);
        var response = await site.Client.SendAsync(head, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        SecurityHeaderTests.AssertSecurityHeaders(response);

        // And the GET that follows still gets the whole answer.
        Assert.NotEmpty(await site.Client.GetByteArrayAsync(url, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_real_server_names_no_server_and_no_framework()
    {
        var response = await site.Client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecurityHeaderTests.AssertSecurityHeaders(response);
    }
}
