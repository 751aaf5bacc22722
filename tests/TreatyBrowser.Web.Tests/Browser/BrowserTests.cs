namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>
/// Browser tests share one app socket and one Chromium, and form their own tier (trait <c>Tier=Browser</c>): the
/// README's <c>./test.sh</c> runs them with everything else; <c>./test.sh --filter-not-trait Tier=Browser</c> runs
/// the rest alone, and <c>--filter-trait Tier=Browser</c> only them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";

    public const string Tier = "Tier";
}
