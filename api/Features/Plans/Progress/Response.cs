using EqualityTracker.Api.Shapes;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Progress;

namespace EqualityTracker.Api.Features.Plans.Progress;

public sealed class Response
{
    public required string Plan { get; init; }
    public required string Area { get; init; }

    /// <summary><c>unsd</c> or <c>opensdg</c>.</summary>
    [Vocabulary(typeof(ProgressMethods))]
    public required string Method { get; init; }

    /// <summary>True when only approved values were counted (always, without signing in).</summary>
    public required bool ApprovedOnly { get; init; }

    /// <summary>How many targets have each status.</summary>
    public required IReadOnlyDictionary<string, int> Counts { get; init; }

    public required IReadOnlyList<GroupCounts> Objectives { get; init; }
    public required IReadOnlyList<GroupCounts> Agencies { get; init; }
    public required IReadOnlyList<TargetProgress> Targets { get; init; }
}

/// <summary>Status counts for one objective or one lead agency.</summary>
public sealed class GroupCounts
{
    public required string Key { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public required IReadOnlyDictionary<string, int> Counts { get; init; }
}

