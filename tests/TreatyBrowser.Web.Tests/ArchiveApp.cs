namespace TreatyBrowser.Web.Tests;

/// <summary>An archive of our own articles saved as plain texts: the app serving it, one host for the tests that read it.</summary>
public sealed class ArchiveApp() : TestApp(new TestAppOptions { SeedsFolder = Path.Combine(AppContext.BaseDirectory, "archive") });
