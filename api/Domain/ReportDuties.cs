using NodaTime;

namespace EqualityTracker.Api.Domain;

/// <summary>A body with a duty in a plan: it leads or coordinates at least one of its activities.</summary>
public sealed record DutyBody(string Area, string Code, bool Leads);

/// <summary>A reporting duty a plan states: who reports what to whom, by which day of the year.</summary>
/// <remarks>A duty with an end (the Action Month, 15/11–15/12) is a window: its report is due when the window ends.
/// The reporter is a body code, <c>ALL</c> (every body with a duty), <c>LEAD-BODIES</c> (every body that leads
/// an activity), or a collective (<c>DISTRICT-PC</c>, <c>COMMUNE-PC</c>) standing for each of its units.</remarks>
public sealed record ReportingDuty(string Code, string Reporter, string? Recipient, string Kind, int? Month, int? Day, int? EndMonth = null, int? EndDay = null);

/// <summary>One report a body owes: for a kind and period, by a date, to a recipient.</summary>
public sealed record ExpectedReport(string Area, string Body, string Kind, string Period, LocalDate Due, string? Recipient, string Duty);

/// <summary>The kinds of implementation report.</summary>
public static class ReportKinds
{
    public const string HalfYear = "half-year";
    public const string Year = "year";
    public const string ActionMonth = "action-month";
    public const string Gbv = "gbv";
    public const string MidTerm = "mid-term";
    public const string Final = "final";
    public const string Plan = "plan";

    public static IReadOnlyList<string> All { get; } = [HalfYear, Year, ActionMonth, Gbv, MidTerm, Final, Plan];

    /// <summary>The DHIS2 period a report of this kind covers in <paramref name="year"/>: the first half for a
    /// half-year report (the second is covered by the year's), the year for every other kind.</summary>
    public static string PeriodOf(string kind, int year) => kind == HalfYear ? $"{year:D4}S1" : $"{year:D4}";
}

/// <summary>Which body owes which report, by when, and to whom — every body with a duty, not only target leads.</summary>
/// <remarks>
/// <para>A plan's dated reporting duties (<c>reporting_duties</c> with a month and day) are expanded over its years:
/// <c>ALL</c> is every body with a duty in the plan except those that receive reports under it (the coordinator, the
/// town's Labour office, the province); <c>LEAD-BODIES</c> every body that leads
/// an activity; <c>DISTRICT-PC</c> and <c>COMMUNE-PC</c> (the district or commune People's Committees, "UBND các huyện",
/// "UBND các xã") each district or commune below the body's area, each owing its own report; any other code is that
/// body; nobody reports to itself. A duty without a date (reports "as required", reviews with no day) owes nothing a calendar can chase.</para>
/// <para>Bỉm Sơn's two tiers fall out of the duties: offices and communes report to the town's Labour office
/// (<c>BS-LABOUR</c>) by 22/5 and 17/12; the Labour office reports to the province by 25/5, 5/12 and 20/12. A body
/// owing the same report by two duties owes it once, by the earlier date.</para>
/// </remarks>
public static class ReportDuties
{
    public const string Everyone = "ALL";
    public const string LeadBodies = "LEAD-BODIES";
    public const string DistrictCommittees = "DISTRICT-PC";
    public const string CommuneCommittees = "COMMUNE-PC";

    /// <summary>Every report owed under the plan's duties in the years <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public static IReadOnlyList<ExpectedReport> Expected(
        IReadOnlyList<DutyBody> bodies, IEnumerable<ReportingDuty> duties, AreaTree tree, int firstYear, int lastYear)
    {
        var owed = new Dictionary<(string, string, string, string), ExpectedReport>();
        var all = duties.ToList();
        var recipients = all.Select(d => d.Recipient).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var duty in all.Where(d => d.Month is not null && d.Day is not null && ReportKinds.All.Contains(d.Kind)))
        {
            foreach (var (area, body) in Reporters(bodies, duty, recipients, tree))
            {
                for (var year = firstYear; year <= lastYear; year++)
                {
                    var (month, day) = duty is { EndMonth: { } m, EndDay: { } d } ? (m, d) : (duty.Month!.Value, duty.Day!.Value);
                    var due = new LocalDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));
                    var report = new ExpectedReport(area, body, duty.Kind, ReportKinds.PeriodOf(duty.Kind, year), due, duty.Recipient, duty.Code);
                    var key = (area, body, report.Kind, report.Period);
                    if (!owed.TryGetValue(key, out var earlier) || earlier.Due > due)
                    {
                        owed[key] = report;
                    }
                }
            }
        }

        return [.. owed.Values.OrderBy(r => r.Due).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Area, StringComparer.Ordinal).ThenBy(r => r.Body, StringComparer.Ordinal)];
    }

    private static IEnumerable<(string Area, string Body)> Reporters(IReadOnlyList<DutyBody> bodies, ReportingDuty duty, HashSet<string> recipients, AreaTree tree)
    {
        var named = duty.Reporter switch
        {
            Everyone => bodies.Where(b => !recipients.Contains(b.Code)),
            LeadBodies => bodies.Where(b => b.Leads),
            _ => bodies.Where(b => b.Code == duty.Reporter),
        };
        return named.Where(b => b.Code != duty.Recipient).SelectMany(b => Units(b, tree)).Distinct(); // nobody reports to itself
    }

    /// <summary>A collective stands for each of its units; any other body for itself.</summary>
    private static IEnumerable<(string Area, string Body)> Units(DutyBody body, AreaTree tree) => body.Code switch
    {
        DistrictCommittees => tree.Children(body.Area).Select(d => (d, body.Code)),
        CommuneCommittees => tree.Communes(body.Area).Select(c => (c, body.Code)),
        _ => [(body.Area, body.Code)],
    };
}
