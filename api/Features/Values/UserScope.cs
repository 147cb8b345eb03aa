using System.Security.Claims;
using EqualityTracker.Api.Identity;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The part of the map a signed-in user acts on: their own area and the areas below it.</summary>
/// <remarks>
/// Every role is bound to an area. A user of a province (an <c>admin</c> coordinator, the <c>statistics</c> office, a
/// department) approves, returns, reopens, uploads and writes only for that province and the areas below it; a user
/// bound to the country (<c>VN</c>) acts everywhere — the national role.
/// </remarks>
public static class UserScope
{
    public const string Country = "VN";

    /// <summary>The user's area, or null for a national user (bound to VN, or to no area).</summary>
    public static string? HomeArea(ClaimsPrincipal user) => user.Area() is { } area && area != Country ? area : null;

    /// <summary>True when <paramref name="area"/> is within <paramref name="home"/> (null home: everywhere).</summary>
    public static bool Covers(MeasureCatalogue catalogue, string? home, string area) =>
        home is null || catalogue.Tree.IsWithin(area, home);

    /// <summary>True when the user may act on <paramref name="area"/>.</summary>
    public static bool Covers(MeasureCatalogue catalogue, ClaimsPrincipal user, string area) => Covers(catalogue, HomeArea(user), area);
}
