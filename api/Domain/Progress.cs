namespace EqualityTracker.Api.Domain;

/// <summary>How far a target is from being met, by a published method.</summary>
public enum ProgressStatus
{
    Achieved,
    OnTrack,
    AccelerationNeeded,
    LimitedProgress,
    Regressing,
    InsufficientData,
    NoData,
    NotAchieved,

    /// <summary>The latest value is one no real population shows (a sex ratio at birth outside 100–130, a share outside
    /// 0–100, a negative count): the data needs checking before anything is judged.</summary>
    Implausible,
}

/// <summary>Which published method computes the status.</summary>
public enum ProgressMethod
{
    /// <summary>UNSD SDG Progress Chart 2023: the projected value's share of the way from baseline to target.</summary>
    Unsd,

    /// <summary>Open SDG: the observed growth rate over the growth rate the target requires.</summary>
    OpenSdg,
}

/// <summary>A target as the engine needs it.</summary>
/// <remarks>
/// <c>Kind</c>: <c>yes_no</c> and <c>count</c> targets are met or not; every other kind is projected. <c>Unit</c>: the
/// indicator's unit; <c>percent</c> values stay within 0–100, every value stays at or above 0. <c>BaselineYear</c> and
/// <c>BaselineValue</c> override the baseline the engine would find in the series.
/// </remarks>
public sealed record ProgressTarget(string Comparator, double Value, int Year, string Kind, string Unit, int? BaselineYear = null, double? BaselineValue = null);

/// <summary>One observed value.</summary>
public sealed record Observation(int Year, double Value);

/// <summary>What the engine concludes for one target.</summary>
public sealed record ProgressResult(
    ProgressStatus Status,
    double? Ratio,
    Observation? Baseline,
    Observation? Latest,
    double? Projected,
    bool Implausible,
    string? ImplausibleReason = null,
    bool PredatesPlan = false);

/// <summary>Computes a target's baseline, latest value, projection and status. Pure: no I/O, no clock.</summary>
/// <remarks>
/// <para>UNSD 2023 method. Baseline b: the target's own if set, else the value in the plan's first year, else the first
/// later year with data, else — nothing yet in the plan's years, as for a 2026–2030 plan read in 2026 — the last year
/// before the plan: the value the plan starts from (the status then says the data predate the plan). Latest t: the last year with data. Projection to the target year T with the compound annual
/// growth rate between them: <c>v_T = v_t·(1 + CAGR)^(T − t)</c>, <c>CAGR = (v_t / v_b)^(1 / (t − b)) − 1</c>.
/// Ratio <c>r = (v_T − v_b) / (target − v_b)</c>: <c>achieved</c> when the latest value already meets the comparator;
/// else <c>on_track</c> r ≥ 0.95, <c>acceleration_needed</c> 0.10 ≤ r &lt; 0.95, <c>limited_progress</c> 0 ≤ r &lt; 0.10,
/// <c>regressing</c> r &lt; 0; <c>insufficient_data</c> with one value, <c>no_data</c> with none.</para>
/// <para>Open SDG method: ratio = CAGR observed / |CAGR required|, where CAGR required = (target / v_b)^(1 / (T − b)) − 1;
/// thresholds 0.95, 0.6 and 0 for on track, acceleration needed, limited progress; below 0 regressing. For a target
/// where lower is better, both rates are taken with their sign flipped so that moving toward the target is positive.</para>
/// <para>Edge cases: a baseline of zero or below has no growth rate, so the projection is linear instead; a baseline
/// equal to the target gives no distance to cover, so the status is achieved or regressing by the comparator alone;
/// a target year already past projects nothing (v_T = v_t). Projections never leave an indicator's natural range
/// (0–100 for percentages, never below 0). A sex ratio at birth below 100 or above 130 is biologically implausible:
/// it is flagged, never celebrated as achieved.</para>
/// <para>Yes/no and count targets (at least one facility, the curriculum includes gender) are achieved or not achieved.</para>
/// <para>Rules that hold under every method: an implausible latest value (a sex ratio at birth outside 100–130, a share
/// outside 0–100, a negative value of a unit that cannot be negative) gives <c>implausible</c>, with its reason, and
/// nothing else is judged. A target whose baseline already met it and whose latest value no longer does has moved away
/// from it: <c>regressing</c>. A latest value of 0 is a value like any other (a share that fell from 10% to 0% has
/// regressed); only a baseline of zero or below has no growth rate, and both methods then use straight-line rates
/// instead. When every value predates the plan's first year, the latest may still show the target met; the result
/// says it predates the plan.</para>
/// </remarks>
public static class Progress
{
    public static bool Meets(string comparator, double value, double target) => comparator switch
    {
        Comparators.AtLeast => value >= target,
        Comparators.Above => value > target,
        Comparators.AtMost => value <= target,
        Comparators.Below => value < target,
        _ => Math.Abs(value - target) < 1e-9,
    };

    public static bool LowerIsBetter(string comparator) => comparator is Comparators.AtMost or Comparators.Below;

    public static ProgressResult Evaluate(ProgressTarget target, int planStartYear, IReadOnlyList<Observation> series, ProgressMethod method = ProgressMethod.Unsd, bool sexRatio = false)
    {
        var points = series.OrderBy(o => o.Year).ToList();
        if (points.Count == 0)
        {
            return new ProgressResult(ProgressStatus.NoData, null, null, null, null, false);
        }

        var latest = points[^1];
        var predates = latest.Year < planStartYear;
        var baseline = Baseline(target, planStartYear, points);
        if (ImplausibleReason(latest.Value, target.Unit, sexRatio) is { } reason)
        {
            return new ProgressResult(ProgressStatus.Implausible, null, baseline, latest, null, true, reason, predates);
        }

        if (target.Kind is "yes_no" or "count")
        {
            var met = Meets(target.Comparator, latest.Value, target.Value);
            return new ProgressResult(met ? ProgressStatus.Achieved : ProgressStatus.NotAchieved, null, baseline, latest, null, false, null, predates);
        }

        if (Meets(target.Comparator, latest.Value, target.Value))
        {
            return new ProgressResult(ProgressStatus.Achieved, null, baseline, latest, latest.Value, false, null, predates);
        }

        if (baseline is not null && latest.Year > baseline.Year && Meets(target.Comparator, baseline.Value, target.Value))
        {
            // Met at the baseline, no longer met: the value has moved away from the target, whatever the method.
            return new ProgressResult(ProgressStatus.Regressing, null, baseline, latest, Bound(Project(baseline, latest, target.Year), target.Unit), false, null, predates);
        }

        if (baseline is null || points.Count(p => p.Year >= baseline.Year) < 2 || latest.Year <= baseline.Year)
        {
            return new ProgressResult(ProgressStatus.InsufficientData, null, baseline, latest, null, false, null, predates);
        }

        var projected = Bound(Project(baseline, latest, target.Year), target.Unit);
        var lowerBetter = LowerIsBetter(target.Comparator);
        double? ratio;
        if (method == ProgressMethod.Unsd)
        {
            var distance = target.Value - baseline.Value;
            ratio = Math.Abs(distance) < 1e-12 ? (Moved(baseline.Value, projected, lowerBetter) >= 0 ? 1 : -1) : (projected - baseline.Value) / distance;
        }
        else
        {
            ratio = OpenSdgRatio(baseline, latest, target, lowerBetter);
        }

        var status = ratio switch
        {
            null => ProgressStatus.InsufficientData,
            var r when r >= 0.95 => ProgressStatus.OnTrack,
            var r when r >= (method == ProgressMethod.Unsd ? 0.10 : 0.6) => ProgressStatus.AccelerationNeeded,
            var r when r >= 0 => ProgressStatus.LimitedProgress,
            _ => ProgressStatus.Regressing,
        };
        return new ProgressResult(status, ratio, baseline, latest, projected, false, null, predates);
    }

    /// <summary>The target's own baseline, else the plan's first year, else the first later year with data, else the
    /// last year before the plan.</summary>
    public static Observation? Baseline(ProgressTarget target, int planStartYear, IReadOnlyList<Observation> points)
    {
        if (target.BaselineYear is { } year && target.BaselineValue is { } value)
        {
            return new Observation(year, value);
        }

        return points.Where(p => p.Year >= planStartYear).OrderBy(p => p.Year).FirstOrDefault()
            ?? points.Where(p => p.Year < planStartYear).OrderBy(p => p.Year).LastOrDefault();
    }

    /// <summary>Why a value is implausible for its unit, in Vietnamese and English, or null when it is plausible.</summary>
    public static string? ImplausibleReason(double value, string unit, bool sexRatio)
    {
        if (sexRatio && (value < 100 || value > 130))
        {
            return $"Tỷ số giới tính khi sinh {value:0.#} nằm ngoài khoảng sinh học 100–130. / A sex ratio at birth of {value:0.#} is outside the biological range 100–130.";
        }

        if (unit == "percent" && (value < 0 || value > 100))
        {
            return $"Tỷ lệ {value:0.#}% nằm ngoài 0–100. / A share of {value:0.#}% is outside 0–100.";
        }

        return value < 0 ? $"Giá trị âm ({value:0.#}) không thể có với đơn vị này. / A negative value ({value:0.#}) is impossible for this unit." : null;
    }

    /// <summary>v_T = v_t·(1 + CAGR)^(T − t); linear when the baseline is zero or below; v_t when T has passed.</summary>
    public static double Project(Observation baseline, Observation latest, int targetYear)
    {
        var ahead = targetYear - latest.Year;
        if (ahead <= 0)
        {
            return latest.Value;
        }

        var span = latest.Year - baseline.Year;
        if (baseline.Value <= 0 || latest.Value < 0)
        {
            return latest.Value + ((latest.Value - baseline.Value) / span * ahead);
        }

        var cagr = Math.Pow(latest.Value / baseline.Value, 1.0 / span) - 1;
        return latest.Value * Math.Pow(1 + cagr, ahead);
    }

    /// <summary>Keeps a projection within the indicator's natural range.</summary>
    public static double Bound(double value, string unit) => unit == "percent" ? Math.Clamp(value, 0, 100) : Math.Max(0, value);

    private static double Moved(double from, double to, bool lowerBetter) => lowerBetter ? from - to : to - from;

    private static double? OpenSdgRatio(Observation baseline, Observation latest, ProgressTarget target, bool lowerBetter)
    {
        if (target.Year <= baseline.Year || latest.Value < 0 || target.Value < 0)
        {
            return null;
        }

        // With a baseline of zero or below there is no growth rate: straight-line rates, per year, instead.
        var linear = baseline.Value <= 0;
        var observed = linear
            ? (latest.Value - baseline.Value) / (latest.Year - baseline.Year)
            : Math.Pow(latest.Value / baseline.Value, 1.0 / (latest.Year - baseline.Year)) - 1;
        var required = linear
            ? (target.Value - baseline.Value) / (target.Year - baseline.Year)
            : Math.Pow(target.Value / baseline.Value, 1.0 / (target.Year - baseline.Year)) - 1;
        if (Math.Abs(required) < 1e-12)
        {
            return Moved(0, observed, lowerBetter) >= 0 ? 1 : -1;
        }

        var signed = lowerBetter ? -observed : observed;
        var need = lowerBetter ? -required : required;
        return need > 0 ? signed / Math.Abs(required) : (signed >= 0 ? 1 : -1);
    }
}
