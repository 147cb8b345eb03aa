using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Plans.ListActivities;

/// <summary>One activity (nhiệm vụ, giải pháp, hoạt động) a plan assigns, with the sentence of the plan it comes from.</summary>
public sealed class ActivityResponse
{
    /// <summary>As the plan numbers it, with its section: IV.1.2, III.2.5.4.</summary>
    public required string Number { get; init; }

    public required string Domain { get; init; }

    /// <summary>The plan's objective the activity serves, when the plan ties it to one.</summary>
    public int? Objective { get; init; }

    public required string TextVi { get; init; }
    public required string TextEn { get; init; }

    /// <summary><c>year</c> (whole years), <c>window</c> (such as the Action Month), <c>date</c> (a day or a few days), <c>period</c> (the whole plan).</summary>
    [Vocabulary(typeof(ActivityTimings))]
    public required string Timing { get; init; }

    public required string Start { get; init; }
    public required string End { get; init; }

    /// <summary>The deadline the plan sets, if any.</summary>
    public string? Due { get; init; }

    /// <summary>Bodies that lead (chủ trì) it, in the plan's order.</summary>
    public required IReadOnlyList<ActivityBody> Lead { get; init; }

    /// <summary>Bodies that coordinate (phối hợp).</summary>
    public required IReadOnlyList<ActivityBody> Coordinating { get; init; }

    /// <summary>What the plan expects it to produce.</summary>
    public required IReadOnlyList<ActivityOutput> Outputs { get; init; }

    /// <summary>The seed file the activity was read from.</summary>
    public required string Seed { get; init; }

    /// <summary>The plan's own sentence, verbatim.</summary>
    public required string SeedSentence { get; init; }
}

/// <summary>A body with a duty in a plan: a department, a People's Committee, a mass organisation, a town office.</summary>
public sealed class ActivityBody
{
    public required string Code { get; init; }

    [Vocabulary(typeof(BodyKinds))]
    public required string Kind { get; init; }

    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
}

/// <summary>A planned output: a count with its unit (classes, trainees, news items, pilot models…).</summary>
public sealed class ActivityOutput
{
    public required int Number { get; init; }
    public required string TextVi { get; init; }
    public required string TextEn { get; init; }

    /// <summary>The planned count, when the plan states one.</summary>
    public double? Quantity { get; init; }

    [Vocabulary(typeof(OutputUnits))]
    public required string Unit { get; init; }

    /// <summary>Whether achieved counts are reported by sex (trainees, participants).</summary>
    public required bool BySex { get; init; }

    /// <summary>What the count is per: <c>commune-quarter</c>, <c>year</c>…</summary>
    public string? Per { get; init; }

    /// <summary>GSO codes of the communes the plan names (pilot models).</summary>
    public required IReadOnlyList<string> Communes { get; init; }
}
