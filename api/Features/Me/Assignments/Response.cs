using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Api.Features.Me.Assignments;

public sealed class Response
{
    public required string Plan { get; init; }
    [RegularExpression(Domain.Period.IdPattern)]
    public required string Period { get; init; }
    public required string Area { get; init; }
    public required string Agency { get; init; }

    /// <summary>When the period's report is due (Viet Nam's date), from the plan's reporting calendar.</summary>
    public LocalDate? DueDate { get; init; }

    /// <summary>After this day departments can no longer change the period's values.</summary>
    public LocalDate? LockDate { get; init; }

    public required bool Locked { get; init; }
    public SubmissionState? Submission { get; init; }
    public required IReadOnlyList<AssignedTarget> Targets { get; init; }
}

public sealed class SubmissionState
{
    public required int Id { get; init; }
    [Vocabulary(typeof(ReviewStates), nameof(ReviewStates.OfSubmissions))]
    public required string Status { get; init; }
    public required Instant SubmittedAt { get; init; }
    public string? Comment { get; init; }
}

public sealed class AssignedTarget
{
    public required int Objective { get; init; }
    public required string Number { get; init; }
    public required string IndicatorCode { get; init; }
    public required string IndicatorNameVi { get; init; }
    public required string IndicatorNameEn { get; init; }
    [Vocabulary(typeof(Comparators))]
    public required string Comparator { get; init; }
    public required decimal Value { get; init; }
    public required int Year { get; init; }
    public required string Unit { get; init; }
    public required string UnitVi { get; init; }
    public required string UnitEn { get; init; }

    /// <summary><c>lead</c> (editable) or <c>coordinating</c> (read only).</summary>
    [Vocabulary(typeof(AgencyRoles))]
    public required string Role { get; init; }

    public required bool Editable { get; init; }

    /// <summary>The values to enter: the raw quantities behind a computed indicator, or the indicator itself.</summary>
    public required IReadOnlyList<Field> Fields { get; init; }
}

public sealed class Field
{
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    [Vocabulary(typeof(Sex))]
    public required string Sex { get; init; }
    public required string Unit { get; init; }
    public required bool IntegerOnly { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public double? Value { get; init; }
    public string? Note { get; init; }
    [Vocabulary(typeof(ReviewStates))]
    public string? State { get; init; }
    public string? Etag { get; init; }
}
