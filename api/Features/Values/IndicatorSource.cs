using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Values;

/// <summary>Where an indicator's values come from: a formula over raw quantities, or values entered under its own code.</summary>
public sealed class IndicatorSource
{
    public MeasureCatalogue.FormulaRow? Formula { get; private init; }
    public Measure? Direct { get; private init; }

    public IReadOnlyList<string> MeasureCodes => Formula is { } f ? [f.NumeratorCode, f.DenominatorCode] : [Direct!.Code];

    /// <summary>True when values add up across areas: counts, and formulas whose two quantities are counts.</summary>
    public bool RollsUp { get; private init; }

    /// <summary>The indicator's source, or null when nothing feeds it yet.</summary>
    public static IndicatorSource? For(string indicatorCode, MeasureCatalogue catalogue)
    {
        if (catalogue.Formulas.TryGetValue(indicatorCode, out var formula))
        {
            var adds = catalogue.Measures[formula.NumeratorCode].Adds && catalogue.Measures[formula.DenominatorCode].Adds;
            return new IndicatorSource { Formula = formula, RollsUp = adds };
        }

        return catalogue.Measures.TryGetValue(indicatorCode, out var measure)
            ? new IndicatorSource { Direct = measure, RollsUp = measure.Adds }
            : null;
    }
}

/// <summary>One stored value, as the series builder reads it.</summary>
public sealed class ValueRow
{
    public string MeasureCode { get; init; } = "";
    public string AreaCode { get; init; } = "";
    public string Period { get; init; } = "";
    public string Sex { get; init; } = "";
    public double Value { get; init; }
}
