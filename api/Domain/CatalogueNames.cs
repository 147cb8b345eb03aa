namespace EqualityTracker.Api.Domain;

/// <summary>The kinds of plan: a national strategy, a five-year plan, an annual plan.</summary>
public static class PlanKinds
{
    public const string Strategy = "strategy";
    public const string FiveYear = "five-year";
    public const string Annual = "annual";

    public static IReadOnlyList<string> All { get; } = [Strategy, FiveYear, Annual];
}

/// <summary>The kinds of date in a reporting calendar: a deadline, or a window such as the Action Month.</summary>
public static class ReportingEventKinds
{
    public const string Deadline = "deadline";
    public const string Window = "window";

    public static IReadOnlyList<string> All { get; } = [Deadline, Window];
}

/// <summary>Which way an indicator improves.</summary>
public static class Directions
{
    public const string Higher = "higher";
    public const string Lower = "lower";

    public static IReadOnlyList<string> All { get; } = [Higher, Lower];
}

/// <summary>An agency's part in a target or an activity: it leads (chủ trì) or coordinates (phối hợp).</summary>
public static class AgencyRoles
{
    public const string Lead = "lead";
    public const string Coordinating = "coordinating";

    public static IReadOnlyList<string> All { get; } = [Lead, Coordinating];
}
