using System.Security.Claims;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;

namespace EqualityTracker.Api.Features.Plans;

/// <summary>What a plan list shows a user: every issued plan; drafts, and the version being written, to their authors only.</summary>
public static class PlanListing
{
    public static IEnumerable<PlanSummary> Visible(MeasureCatalogue catalogue, ClaimsPrincipal user, IEnumerable<PlanSummary> plans)
    {
        foreach (var plan in plans)
        {
            var author = PlanAuthors.CanAuthor(catalogue, user, plan.AreaUnit);
            if (plan.Status == PlanStatuses.Draft && !author)
            {
                continue;
            }

            if (!author)
            {
                plan.DraftVersion = null;
            }

            yield return plan;
        }
    }

    /// <summary>One plan for a reader: null when it is a draft the user may not see.</summary>
    public static PlanSummary? Visible(MeasureCatalogue catalogue, ClaimsPrincipal user, PlanSummary? plan) =>
        plan is null ? null : Visible(catalogue, user, [plan]).FirstOrDefault();
}
