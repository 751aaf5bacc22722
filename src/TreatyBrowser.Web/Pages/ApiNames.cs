using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Web.Pages;

/// <summary>Readable names of model enums for pages.</summary>
public static class ApiNames
{
    public static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Party => "party",
        EntityKind.Country => "country",
        EntityKind.Person => "person",
        _ => "organisation",
    };
}
