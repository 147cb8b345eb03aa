using System.Security.Claims;
using EqualityTracker.Api.Identity;

namespace EqualityTracker.Api.Features.Values;

/// <summary>Who may read what is not yet official: values not approved, notes, who entered a value, and its history.</summary>
/// <remarks>
/// Approved values are public. What lies behind them is read only by those who answer for it: the coordinator
/// (<c>admin</c>) and the statistics office of the area (or above it), and the department whose user wrote the
/// value, within its own area. Leaders, other departments and anonymous readers see approved values only, without
/// notes or names — as a published statistic.
/// </remarks>
public static class ReadScope
{
    /// <summary>True when the user's role may see unapproved values anywhere at all (the coordinator, the statistics office).</summary>
    public static bool RoleSeesUnapproved(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Statistics);

    /// <summary>True when unapproved values of <paramref name="area"/> may count in what this user reads.</summary>
    public static bool SeesUnapproved(ClaimsPrincipal user, MeasureCatalogue catalogue, string area) =>
        RoleSeesUnapproved(user) && UserScope.Covers(catalogue, user, area);

    /// <summary>True when this user may read a value's note, who entered it, its state and its history.</summary>
    public static bool SeesDetails(ClaimsPrincipal user, MeasureCatalogue catalogue, string area, string? writerAgency) =>
        SeesUnapproved(user, catalogue, area)
        || (user.IsInRole(Roles.Department) && writerAgency is not null && user.Agency() == writerAgency && UserScope.Covers(catalogue, user, area));

    /// <summary>Whether only approved values count: when asked, or when the user may not see others.</summary>
    public static bool ApprovedOnly(ClaimsPrincipal user, MeasureCatalogue catalogue, string area, bool asked) =>
        asked || !SeesUnapproved(user, catalogue, area);
}
