namespace TreatyBrowser.Core.Model;

/// <summary>What a sentence is in the article's layout.</summary>
public enum SentenceRole
{
    /// <summary>The place-and-outlet prefix of a news article ("Tehran (Outlet) –").</summary>
    Dateline,

    /// <summary>A subheading: a line of its own that introduces what follows.</summary>
    Heading,

    /// <summary>A sentence of the article's running text.</summary>
    Body,
}
