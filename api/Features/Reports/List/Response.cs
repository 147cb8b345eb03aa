using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Api.Features.Reports.List;

/// <summary>Who owes which report, by when, and where each stands — late first.</summary>
public sealed class Response
{
    public required string Plan { get; init; }

    /// <summary>Today in Viet Nam, the day lateness is judged on.</summary>
    public required LocalDate Today { get; init; }

    /// <summary>Reports owed (every body with a duty, each report of the plan's calendar).</summary>
    public required int Owed { get; init; }

    /// <summary>Submitted or approved.</summary>
    public required int Reported { get; init; }

    /// <summary>Submitted by the end of the due date.</summary>
    public required int OnTime { get; init; }

    /// <summary>Past due and not reported, or reported after the due date.</summary>
    public required int Late { get; init; }

    public required IReadOnlyList<OwedReport> Reports { get; init; }
}

public sealed class OwedReport
{
    public required string Area { get; init; }
    public required string Body { get; init; }
    public required string BodyNameVi { get; init; }
    public required string BodyNameEn { get; init; }

    [Vocabulary(typeof(ReportKinds))]
    public required string Kind { get; init; }

    public required string Period { get; init; }
    public required LocalDate Due { get; init; }
    public required LocalDate LockDate { get; init; }

    /// <summary>Who it goes to.</summary>
    public string? Recipient { get; init; }
    public string? RecipientNameVi { get; init; }
    public string? RecipientNameEn { get; init; }

    /// <summary>Null while nothing has been filed.</summary>
    [Vocabulary(typeof(ReviewStates))]
    public string? State { get; init; }

    public Instant? SubmittedAt { get; init; }
    public required bool Reported { get; init; }
    public bool? OnTime { get; init; }
    public required bool Late { get; init; }
}
