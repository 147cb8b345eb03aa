using NodaTime;

namespace EqualityTracker.Api.Domain;

/// <summary>An activity planned in the period, with the bodies that lead it.</summary>
public sealed record PlannedActivity(string Number, string Domain, IReadOnlySet<string> Leads);

/// <summary>What one approved report says of one activity.</summary>
public sealed record ReportedStatus(string Activity, string Body, LocalDate Due, int Report, string Status);

/// <summary>How many of a period's activities stand where, and the completion share.</summary>
public sealed record CompletionCounts(int Planned, int Done, int InProgress, int NotStarted, int Postponed, int Cancelled, int NotReported)
{
    /// <summary>The activities that count in the share: planned less cancelled.</summary>
    public int Due => Planned - Cancelled;

    /// <summary>Done ÷ (planned − cancelled), in percent, one decimal; null when no activity is due.</summary>
    public double? Completion => Due == 0 ? null : Math.Round(100.0 * Done / Due, 1, MidpointRounding.AwayFromZero);
}

/// <summary>Activity completion from approved implementation reports.</summary>
/// <remarks>
/// <para>An activity's status is the one its latest approved report gives (by the report's due date); on the same due
/// date a body that leads the activity wins over a coordinating one, then the report filed last. An activity no approved
/// report speaks of is "not reported".</para>
/// <para>The completion share is <c>done ÷ (activities planned in the period − cancelled)</c>: a cancelled activity was
/// decided not to be carried out and is shown on its own, not counted as unfinished; postponed, in progress, not started
/// and not reported all count as not done.</para>
/// </remarks>
public static class ActivityCompletion
{
    /// <summary>Each planned activity's status, null when no approved report speaks of it.</summary>
    public static IReadOnlyDictionary<string, string?> Statuses(IReadOnlyList<PlannedActivity> activities, IEnumerable<ReportedStatus> reports)
    {
        var leads = activities.ToDictionary(a => a.Number, a => a.Leads, StringComparer.Ordinal);
        var latest = reports
            .Where(r => leads.ContainsKey(r.Activity) && ActivityStatuses.All.Contains(r.Status))
            .GroupBy(r => r.Activity, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g
                .OrderByDescending(r => r.Due)
                .ThenByDescending(r => leads[r.Activity].Contains(r.Body))
                .ThenByDescending(r => r.Report)
                .First().Status, StringComparer.Ordinal);
        return activities.ToDictionary(a => a.Number, a => latest.GetValueOrDefault(a.Number), StringComparer.Ordinal);
    }

    /// <summary>The counts of a set of statuses (null: not reported).</summary>
    public static CompletionCounts Count(IEnumerable<string?> statuses)
    {
        var list = statuses.ToList();
        int Of(string status) => list.Count(s => s == status);
        return new CompletionCounts(list.Count, Of("done"), Of("in-progress"), Of("not-started"), Of("postponed"), Of("cancelled"), list.Count(s => s is null));
    }

    /// <summary>Spent ÷ planned in percent, one decimal; null when nothing was planned.</summary>
    public static double? Execution(double planned, double spent) =>
        planned <= 0 ? null : Math.Round(100.0 * spent / planned, 1, MidpointRounding.AwayFromZero);
}
