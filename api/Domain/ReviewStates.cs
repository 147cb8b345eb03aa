using NodaTime;

namespace EqualityTracker.Api.Domain;

/// <summary>The review states a value goes through: a department's draft, submitted, then approved or returned.</summary>
/// <remarks>
/// Values uploaded by the statistics office, or entered by the coordinator, are official and start approved. The names
/// are stored in <c>data_values.state</c> and <c>submissions.status</c> and appear in the API; write them from here only.
/// </remarks>
public static class ReviewStates
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Returned = "returned";

    /// <summary>Every state, as the API documents them.</summary>
    public static IReadOnlyList<string> All { get; } = [Draft, Submitted, Approved, Returned];

    /// <summary>The states a submission can have (a submission is never a draft).</summary>
    public static IReadOnlyList<string> OfSubmissions { get; } = [Submitted, Approved, Returned];
}

/// <summary>One move of the review workflow: the states it takes values from, and the state it gives them.</summary>
public sealed record ReviewTransition(string Name, IReadOnlyList<string> From, string To);

/// <summary>The review workflow: its transitions, who may edit a value in which state, the lock and the reopening.</summary>
/// <remarks>
/// <para>A department's value starts as a <c>draft</c>. <see cref="Submit"/> moves its drafts and returned values to
/// <c>submitted</c>; the coordinator <see cref="Approve"/>s them (<c>approved</c>) or <see cref="Return"/>s them
/// (<c>returned</c>, editable again); <see cref="Reopen"/> turns submitted and approved values back into drafts.</para>
/// <para>A department may change a value that does not exist yet, a draft or a returned value — never a submitted or an
/// approved one — and only while the period is open: a period locks the day after its lock date (its due date plus
/// <c>Review:LockAfterDays</c>) in Viet Nam, unless the coordinator reopened it for the department's agency.</para>
/// <para>Timeliness: a submission is on time when it is made by the end of its due date in Viet Nam; an agency with
/// every value behind its targets submitted or approved has reported.</para>
/// </remarks>
public static class ReviewWorkflow
{
    public static readonly ReviewTransition Submit = new("submit", [ReviewStates.Draft, ReviewStates.Returned], ReviewStates.Submitted);
    public static readonly ReviewTransition Approve = new("approve", [ReviewStates.Submitted], ReviewStates.Approved);
    public static readonly ReviewTransition Return = new("return", [ReviewStates.Submitted], ReviewStates.Returned);
    public static readonly ReviewTransition Reopen = new("reopen", [ReviewStates.Approved, ReviewStates.Submitted], ReviewStates.Draft);

    /// <summary>True when a department may change a value in this state (null: the value does not exist yet).</summary>
    public static bool DepartmentMayEdit(string? state) => state is null or ReviewStates.Draft or ReviewStates.Returned;

    /// <summary>True when the value has been reported: submitted or approved.</summary>
    public static bool IsReported(string? state) => state is ReviewStates.Submitted or ReviewStates.Approved;

    /// <summary>The state a new or changed value takes: a department's is a draft, everyone else's is official.</summary>
    public static string StateOfAWrite(bool byDepartment) => byDepartment ? ReviewStates.Draft : ReviewStates.Approved;

    /// <summary>True when the period is closed to departments on <paramref name="now"/>: past its lock date and not reopened.</summary>
    public static bool IsLocked(LocalDate? lockDate, Instant now, bool reopened) => !reopened && ReportingCalendar.IsLocked(lockDate, now);

    /// <summary>True when a submission made at <paramref name="submittedAt"/> is on time for <paramref name="dueDate"/> (none: on time).</summary>
    public static bool OnTime(Instant submittedAt, LocalDate? dueDate) => dueDate is not { } due || ReportingCalendar.OnTime(submittedAt, due);
}
