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

/// <summary>How an activity's time is given: whole years, a window (the Action Month), a date, or the whole plan.</summary>
public static class ActivityTimings
{
    public static IReadOnlyList<string> All { get; } = ["year", "window", "date", "period"];
}

/// <summary>The kinds of body a plan gives duties to.</summary>
public static class BodyKinds
{
    public static IReadOnlyList<string> All { get; } =
        ["department", "party", "mass-organisation", "district-committee", "commune-committee", "town-office", "town-committee", "group", "other"];
}

/// <summary>The units a planned or achieved output is counted in.</summary>
public static class OutputUnits
{
    public const string Person = "person";

    public static IReadOnlyList<string> All { get; } =
        ["class", Person, "news-item", "model", "team", "conference", "event", "document", "broadcast", "club", "unit", "other"];

    /// <summary>True when the unit counts people (trainees, participants): such an output is reported by sex.</summary>
    public static bool CountsPeople(string unit) => unit == Person;
}

/// <summary>Where a budget line's money comes from.</summary>
public static class BudgetSources
{
    public const string Central = "central";
    public const string Provincial = "provincial";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Central, Provincial, Other];
}

/// <summary>What a printed budget total covers.</summary>
public static class BudgetTotalScopes
{
    public static IReadOnlyList<string> All { get; } = ["total", "year", "source", "line"];
}

/// <summary>Where an activity stands in a report.</summary>
public static class ActivityStatuses
{
    public static IReadOnlyList<string> All { get; } = ["not-started", "in-progress", "done", "postponed", "cancelled"];
}
