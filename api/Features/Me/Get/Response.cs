using System.Security.Claims;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Identity;

namespace EqualityTracker.Api.Features.Me.Get;

/// <summary>Who is signed in: role, and for a department the agency and area it is bound to.</summary>
public sealed class Response
{
    public required string Username { get; init; }
    [Vocabulary(typeof(Roles))]
    public required string Role { get; init; }
    public required string DisplayName { get; init; }
    public string? Agency { get; init; }

    /// <summary>The GSO code of the user's area ('37').</summary>
    public string? Area { get; init; }

    /// <summary>The unit the user is bound to ('37@2025-07-01', the new Ninh Bình): it acts on its predecessors too.</summary>
    public string? Unit { get; init; }

    /// <summary>The body the user reports activities for at their area: their own body (a town office, a People's Committee), else their agency.</summary>
    public string? Body { get; init; }

    public static Response From(UserAccount user) => new()
    {
        Username = user.Username,
        Role = user.Role,
        DisplayName = user.DisplayName,
        Agency = user.AgencyCode,
        Area = AreaMap.GsoOf(user.AreaCode),
        Unit = user.AreaCode,
        Body = user.BodyCode ?? user.AgencyCode,
    };

    public static Response From(ClaimsPrincipal user) => new()
    {
        Username = user.Username(),
        Role = user.FindFirstValue(ClaimNames.Role) ?? "",
        DisplayName = user.FindFirstValue(ClaimNames.Name) ?? "",
        Agency = user.Agency(),
        Area = AreaMap.GsoOf(user.Area()),
        Unit = user.Area(),
        Body = user.Body(),
    };
}
