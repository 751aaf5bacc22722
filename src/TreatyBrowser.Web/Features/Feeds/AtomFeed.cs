using System.Text;
using System.Xml;

namespace TreatyBrowser.Web.Features.Feeds;

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287): the feed's id, title, links and update time, then its entries. Every text is
/// made XML-safe as it is written: a control character in an article's front matter ("x \u0001") is dropped, never
/// a feed that fails for everyone, and so is one kept in the feed's history from an article since removed.
/// </summary>
public static class AtomFeed
{
    public const string MediaType = "application/atom+xml";

    public const string ContentType = MediaType + "; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <param name="title">The feed's title.</param>
    /// <param name="selfUrl">The feed's own absolute address; also its id, which therefore never changes.</param>
    /// <param name="pageUrl">The page the feed follows.</param>
    /// <param name="baseUrl">The site's address, put before each entry's permalink.</param>
    /// <param name="updated">When the feed last changed: its newest entry, else the corpus's load time.</param>
    /// <param name="entries">The entries, newest first.</param>
    public static byte[] Write(string title, string selfUrl, string pageUrl, string baseUrl, DateTimeOffset updated, IReadOnlyList<FeedEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, selfUrl);
            xml.WriteElementString("title", Atom, XmlSafe(title));
            xml.WriteElementString("updated", Atom, Time(entries.Count > 0 ? entries[0].Seen : updated));
            Link(xml, "self", selfUrl, MediaType);
            Link(xml, "alternate", pageUrl, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "TreatyBrowser");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "TreatyBrowser");
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, XmlSafe(entry.Id));
                xml.WriteElementString("title", Atom, XmlSafe(entry.Title));
                xml.WriteElementString("updated", Atom, Time(entry.Seen));
                Link(xml, "alternate", XmlSafe(baseUrl + entry.Link), "text/html");
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", XmlSafe(entry.Kind));
                xml.WriteEndElement();
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(XmlSafe(entry.Summary));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary><paramref name="text"/> without the characters XML 1.0 cannot carry (controls, U+FFFE, lone surrogates).</summary>
    public static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
        }

        return safe.Length == text.Length ? text : safe.ToString();
    }

    private static string Time(DateTimeOffset time) => XmlConvert.ToString(time.ToUniversalTime(), "yyyy-MM-ddTHH:mm:ss.fffZ");
}
