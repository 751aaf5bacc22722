using TreatyBrowser.Core;

namespace TreatyBrowser.Web.Security;

/// <summary>
/// <c>{document:id}</c>: a route value must be a well-formed id (<see cref="Slug.IsValid"/>) for the route to match.
/// "../", encoded slashes, backslashes and absolute paths never reach a page or endpoint: they get the 404 page.
/// </summary>
public sealed class IdRouteConstraint : IRouteConstraint
{
    public const string Name = "id";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Slug.IsValid(value as string);
}
