using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Reports;

/// <summary>Which report a request addresses: a plan, the reporting body (its area and code), the kind and the period.</summary>
public class ReportKey
{
    /// <summary>The plan's code, e.g. BS-2018.</summary>
    public string Code { get; init; } = "";

    /// <summary>The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee.</summary>
    public string Area { get; init; } = "";

    /// <summary>The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC.</summary>
    public string Body { get; init; } = "";

    /// <summary>half-year, year, action-month, gbv, mid-term, final or plan.</summary>
    [Vocabulary(typeof(ReportKinds))]
    public string Kind { get; init; } = "";

    /// <summary>2024S1 for a half-year report, 2024 for the others.</summary>
    [RegularExpression(Domain.Period.IdPattern)]
    public string Period { get; init; } = "";
}
