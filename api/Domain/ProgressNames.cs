namespace EqualityTracker.Api.Domain;

/// <summary>Progress statuses as the API and the web app write them.</summary>
public static class ProgressStatuses
{
    /// <summary>The status's name (<c>on_track</c>, <c>implausible</c>…).</summary>
    public static string Name(ProgressStatus status) => status switch
    {
        ProgressStatus.Achieved => "achieved",
        ProgressStatus.OnTrack => "on_track",
        ProgressStatus.AccelerationNeeded => "acceleration_needed",
        ProgressStatus.LimitedProgress => "limited_progress",
        ProgressStatus.Regressing => "regressing",
        ProgressStatus.InsufficientData => "insufficient_data",
        ProgressStatus.NoData => "no_data",
        ProgressStatus.Implausible => "implausible",
        _ => "not_achieved",
    };

    /// <summary>Every status name, in the order of <see cref="ProgressStatus"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<ProgressStatus>().Select(Name)];
}

/// <summary>The progress methods a reader may ask for.</summary>
public static class ProgressMethods
{
    public const string Unsd = "unsd";
    public const string OpenSdg = "opensdg";

    public static IReadOnlyList<string> All { get; } = [Unsd, OpenSdg];

    /// <summary>The method a request names; UNSD when it names none.</summary>
    public static ProgressMethod Parse(string? method) => method == OpenSdg ? ProgressMethod.OpenSdg : ProgressMethod.Unsd;

    public static string Name(ProgressMethod method) => method == ProgressMethod.OpenSdg ? OpenSdg : Unsd;
}

/// <summary>How a target compares the indicator with its value.</summary>
public static class Comparators
{
    public const string AtLeast = ">=";
    public const string Above = ">";
    public const string AtMost = "<=";
    public const string Below = "<";
    public const string Equal = "=";

    public static IReadOnlyList<string> All { get; } = [AtLeast, Above, AtMost, Below, Equal];
}
