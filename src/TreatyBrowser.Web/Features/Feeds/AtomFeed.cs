using System.Text;
using System.Xml;

namespace TreatyBrowser.Web.Features.Feeds;

/// <summary>Writes an Atom 1.0 feed (RFC 4287): the feed's id, title, links and update time, then its entries.</summary>
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
            xml.WriteElementString("title", Atom, title);
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
                xml.WriteElementString("id", Atom, entry.Id);
                xml.WriteElementString("title", Atom, entry.Title);
                xml.WriteElementString("updated", Atom, Time(entry.Seen));
                Link(xml, "alternate", baseUrl + entry.Link, "text/html");
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", entry.Kind);
                xml.WriteEndElement();
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
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

    private static string Time(DateTimeOffset time) => XmlConvert.ToString(time.ToUniversalTime(), "yyyy-MM-ddTHH:mm:ss.fffZ");
}
