namespace TreatyBrowser.Core.Loading;

/// <summary>A file that cannot be loaded at all, with a reason a reader understands.</summary>
public sealed class LoadException(string reason) : Exception(reason);
