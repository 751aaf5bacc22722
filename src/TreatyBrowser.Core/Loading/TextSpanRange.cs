namespace TreatyBrowser.Core.Loading;

/// <summary>A half-open range of offsets into a file's text, with whether it reads as a heading.</summary>
internal readonly record struct TextSpanRange(int Start, int End, bool IsHeading = false);
