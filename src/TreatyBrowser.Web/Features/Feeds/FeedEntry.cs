using System.Security.Cryptography;
using System.Text;

namespace TreatyBrowser.Web.Features.Feeds;

/// <summary>
/// One change a reader is told about: its Atom id (stable: kept in the feed history, never recomputed), the treaty
/// it belongs to, a title and a plain-text summary, the permalink it points to, and when the app first saw it.
/// </summary>
public sealed record FeedEntry(string Id, string TreatyId, string Kind, string Title, string Summary, string Link, DateTimeOffset Seen)
{
    /// <summary>What a fact that is new, or whose value changed from <paramref name="before"/>, tells a reader.</summary>
    public static FeedEntry For(FeedFact fact, string? before, string treatyName, DateTimeOffset seen)
    {
        var (title, summary) = (fact.Kind, before) switch
        {
            (FeedKinds.Source, _) => ($"New source: {fact.Subject}", $"A new article reports on the {treatyName}: {fact.Subject}."),
            (FeedKinds.Clause, null) => ($"New clause ({fact.Value}): {fact.Subject}", $"The reports of the {treatyName} now include this clause, read as {fact.Value}: {fact.Subject}."),
            (FeedKinds.Clause, _) => ($"Clause now {fact.Value}: {fact.Subject}", $"A clause of the {treatyName} was {before} and is now {fact.Value}: {fact.Subject}."),
            (FeedKinds.Event, null) => ($"New event, {fact.Value}: {fact.Subject}", $"The {treatyName}'s timeline has a new event dated {fact.Value}: {fact.Subject}."),
            (FeedKinds.Event, _) => ($"Event redated to {fact.Value}: {fact.Subject}", $"An event of the {treatyName} was dated {before} and is now dated {fact.Value}: {fact.Subject}."),
            (FeedKinds.Status, null) => ($"Status: {fact.Subject} ({fact.Value})", $"The {treatyName}'s status changed: {fact.Subject}, {fact.Value}."),
            _ => ($"Status corrected: {fact.Subject} ({fact.Value})", $"The date of a status of the {treatyName} changed from {before} to {fact.Value}: {fact.Subject}."),
        };
        return new FeedEntry(IdOf(fact, before, seen), fact.TreatyId, fact.Kind, title, summary, fact.Link, seen);
    }

    // A name-based id from what changed and when it was first seen: unique per change, and kept as written in the
    // history, so a reader's feed software never sees an entry twice.
    private static string IdOf(FeedFact fact, string? before, DateTimeOffset seen)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{fact.Key}\n{before}\n{fact.Value}\n{seen.ToUnixTimeMilliseconds()}"));
        return $"urn:uuid:{new Guid(hash.AsSpan(0, 16))}";
    }
}
