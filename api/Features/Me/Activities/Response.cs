using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Api.Features.Me.Activities;

/// <summary>What the signed-in body leads and coordinates in a plan's year, and the reports it owes.</summary>
public sealed class Response
{
    public required string Plan { get; init; }
    public required int Year { get; init; }
    public required string Area { get; init; }
    public required string Body { get; init; }
    public required IReadOnlyList<MyActivity> Activities { get; init; }
    public required IReadOnlyList<MyReport> Reports { get; init; }
}

public sealed class MyActivity
{
    public required string Number { get; init; }
    public required string Domain { get; init; }
    public required string TextVi { get; init; }
    public required string TextEn { get; init; }

    /// <summary><c>lead</c> (chủ trì) or <c>coordinating</c> (phối hợp).</summary>
    [Vocabulary(typeof(AgencyRoles))]
    public required string Role { get; init; }

    public required string Start { get; init; }
    public required string End { get; init; }
    public string? Due { get; init; }
    public required IReadOnlyList<MyOutput> Outputs { get; init; }
}

public sealed class MyOutput
{
    public required int Number { get; init; }
    public required string TextVi { get; init; }
    public required string TextEn { get; init; }
    public double? Quantity { get; init; }

    [Vocabulary(typeof(OutputUnits))]
    public required string Unit { get; init; }

    /// <summary>Report achieved counts for F and M.</summary>
    public required bool BySex { get; init; }
}

public sealed class MyReport
{
    [Vocabulary(typeof(ReportKinds))]
    public required string Kind { get; init; }

    public required string Period { get; init; }
    public required LocalDate Due { get; init; }
    public required LocalDate LockDate { get; init; }
    public string? Recipient { get; init; }

    /// <summary>Null while nothing has been filed.</summary>
    [Vocabulary(typeof(ReviewStates))]
    public string? State { get; init; }

    public required bool Locked { get; init; }
}
