namespace TreatyBrowser.Web.Tests;

/// <summary>The client's seed article as the app serves it: the ids a test addresses it by, written once.</summary>
internal static class Seed
{
    /// <summary>The treaty the seed reports.</summary>
    public const string Treaty = "iran-russia-comprehensive-strategic-partnership-treaty";

    /// <summary>The seed article's document id.</summary>
    public const string Document = "iran-russia-strategic-partnership";

    /// <summary>The treaty's page.</summary>
    public const string TreatyPage = $"/treaties/{Treaty}";

    /// <summary>The article's page.</summary>
    public const string SourcePage = $"/sources/{Document}";

    /// <summary>The shipped seeds, copied beside the tests.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");
}
