[assembly: AssemblyFixture(typeof(TreatyBrowser.Web.Tests.AppFactory))]

namespace TreatyBrowser.Web.Tests;

/// <summary>One in-memory host for the whole assembly, serving the shipped seed with default options.</summary>
public sealed class AppFactory() : TestApp();
