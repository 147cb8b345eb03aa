using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Timeliness;

public sealed class Response
{
    public required string Plan { get; init; }
    [RegularExpression(Domain.Period.IdPattern)]
    public required string Period { get; init; }
    public LocalDate? DueDate { get; init; }
    public LocalDate? LockDate { get; init; }

    /// <summary>Today in Viet Nam, from the server's clock.</summary>
    public required LocalDate Today { get; init; }

    /// <summary>One row per lead agency, late ones first.</summary>
    public required IReadOnlyList<AgencyTimeliness> Agencies { get; init; }

    /// <summary>The agencies that are late: submitted after the due date, or past it with targets missing.</summary>
    public required IReadOnlyList<string> Late { get; init; }
}

public sealed class AgencyTimeliness
{
    public required string Agency { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }

    /// <summary>Targets the agency leads in the plan.</summary>
    public required int Expected { get; init; }

    /// <summary>Targets whose values were all submitted by the due date.</summary>
    public required int OnTime { get; init; }

    /// <summary>Targets whose values were all submitted, after the due date.</summary>
    public required int Late { get; init; }

    /// <summary>Targets with values not yet submitted.</summary>
    public required int Missing { get; init; }

    public required bool IsLate { get; init; }
    public string? SubmissionStatus { get; init; }
}
