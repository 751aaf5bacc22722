namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>Browser tests share one app socket and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
