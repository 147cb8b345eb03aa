using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The route of a single value: <c>/api/values/{code}/{area}/{period}/{sex}</c>.</summary>
public class ValueKey
{
    /// <summary>A raw quantity or a directly entered indicator, e.g. LIVE_BIRTHS.</summary>
    public string Code { get; init; } = "";

    /// <summary>GSO code of the area.</summary>
    public string Area { get; init; } = "";

    /// <summary>DHIS2 period id: 2025, 2025S1, 2025Q3, 202505.</summary>
    [RegularExpression(Domain.Period.IdPattern)]
    public string Period { get; init; } = "";

    /// <summary>F, M or _T (write _T as is; it is URL-safe).</summary>
    [Vocabulary(typeof(Sex))]
    public string Sex { get; init; } = "";

    /// <summary>The key with its area code replaced by the unit bearing it on the period's first day (a 2024 value of '37'
    /// is old Ninh Bình's, a 2026 one the new Ninh Bình's); unchanged when none did (the write's checks then refuse it).</summary>
    public ValueKey In(MeasureCatalogue catalogue) =>
        Domain.Period.TryParse(Period, out var period) && Features.Areas.AreaDates.ForPeriod(catalogue.Map, Area, period) is { } unit && unit.Id != Area
            ? new ValueKey { Code = Code, Area = unit.Id, Period = Period, Sex = Sex }
            : this;

    /// <summary>The key as it is checked and stored: trimmed, codes, periods and sexes in upper case.</summary>
    /// <remarks>What is validated is what is written: every write uses this copy, never the raw route values.</remarks>
    public ValueKey Normalized() => new()
    {
        Code = Code.Trim().ToUpperInvariant(),
        Area = Area.Trim(),
        Period = Period.Trim().ToUpperInvariant(),
        Sex = Sex.Trim().ToUpperInvariant(),
    };
}

