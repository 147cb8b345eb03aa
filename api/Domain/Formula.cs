namespace EqualityTracker.Api.Domain;

/// <summary>How an indicator is computed: <c>factor × numerator[sex] / denominator[sex]</c> over raw quantities.</summary>
/// <remarks>
/// Sex ratio at birth = 100 × LIVE_BIRTHS[M] / LIVE_BIRTHS[F]; maternal mortality = 100,000 × MATERNAL_DEATHS[_T] /
/// LIVE_BIRTHS[_T]. Computing from counts, rather than storing the ratio, is what lets a province's value be built
/// from its districts' counts instead of averaging their ratios.
/// </remarks>
public sealed record Formula(
    string IndicatorCode,
    double Factor,
    string NumeratorCode,
    string NumeratorSex,
    string DenominatorCode,
    string DenominatorSex,
    bool NumeratorBounded)
{
    /// <summary>The indicator's value, or null when the denominator is missing or zero.</summary>
    public double? Compute(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? Factor * n / d : null;
}
