namespace TreatyBrowser.Core.Model;

/// <summary>How a clause binds the parties.</summary>
public enum Modality
{
    /// <summary>The parties will do something.</summary>
    Commitment,

    /// <summary>The parties will not do, or permit, something.</summary>
    Prohibition,

    /// <summary>The text says the treaty does not contain this (it "does not include", "stops short of").</summary>
    Absent,

    /// <summary>What one side, an official or a forecast says the treaty will bring ("is expected to", "would lift trade"): reported, not agreed.</summary>
    Claim,

    /// <summary>Another agreement reported alongside the treaty, not a provision of it.</summary>
    Related,
}
