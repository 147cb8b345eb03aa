using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Values;

/// <summary>Where an indicator's values come from: a formula over raw quantities, or values entered under its own code.</summary>
public sealed class IndicatorSource
{
    public MeasureCatalogue.FormulaRow? Formula { get; private init; }
    public Measure? Direct { get; private init; }

    /// <summary>The codes whose stored values the indicator is computed from (a summed measure's terms in its place).</summary>
    public IReadOnlyList<string> MeasureCodes { get; private init; } = [];

    /// <summary>True when the formula's numerator or denominator is a sum of measures (<see cref="MeasureCatalogue.Terms"/>):
    /// its series is built in memory from the terms (<see cref="SeriesBuilder"/>), not by the SQL roll-ups.</summary>
    public bool HasSums { get; private init; }

    /// <summary>True when values add up across areas: counts, and formulas whose two quantities are counts.</summary>
    public bool RollsUp { get; private init; }

    /// <summary>The indicator's source, or null when nothing feeds it yet.</summary>
    public static IndicatorSource? For(string indicatorCode, MeasureCatalogue catalogue)
    {
        if (catalogue.Formulas.TryGetValue(indicatorCode, out var formula))
        {
            var adds = catalogue.Adds(formula.NumeratorCode) && catalogue.Adds(formula.DenominatorCode);
            return new IndicatorSource
            {
                Formula = formula, RollsUp = adds,
                MeasureCodes = [.. catalogue.Stored(formula.NumeratorCode).Concat(catalogue.Stored(formula.DenominatorCode)).Distinct(StringComparer.Ordinal)],
                HasSums = catalogue.Terms.ContainsKey(formula.NumeratorCode) || catalogue.Terms.ContainsKey(formula.DenominatorCode),
            };
        }

        return catalogue.Measures.TryGetValue(indicatorCode, out var measure)
            ? new IndicatorSource { Direct = measure, RollsUp = measure.Adds, MeasureCodes = [measure.Code] }
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
