using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using NodaTime;

namespace EqualityTracker.Api.Features.Submissions;

/// <summary>A department's submission of a plan period, and the coordinator's decision.</summary>
public sealed class SubmissionResponse
{
    public required int Id { get; init; }
    public required string Plan { get; init; }
    [RegularExpression(Domain.Period.IdPattern)]
    public required string Period { get; init; }
    public required string Agency { get; init; }
    public required string AgencyNameVi { get; init; }
    public required string AgencyNameEn { get; init; }
    public required string Area { get; init; }

    /// <summary><c>submitted</c>, <c>approved</c> or <c>returned</c>.</summary>
    [Vocabulary(typeof(ReviewStates), nameof(ReviewStates.OfSubmissions))]
    public required string Status { get; init; }

    public required string SubmittedBy { get; init; }
    public required Instant SubmittedAt { get; init; }
    public string? ReviewedBy { get; init; }
    public Instant? ReviewedAt { get; init; }

    /// <summary>The coordinator's comment when returning it.</summary>
    public string? Comment { get; init; }

    /// <summary>Submitted by the due date (Viet Nam's day), or null when the plan sets no deadline for the period.</summary>
    public bool? OnTime { get; set; }

    public IReadOnlyList<SubmittedValue> Values { get; set; } = [];

    public const string SelectSql = """
        SELECT s.id AS Id, s.plan_code AS PlanCode, s.period AS Period, s.agency_code AS Agency, a.name_vi AS AgencyNameVi,
               a.name_en AS AgencyNameEn, s.area_code AS Area, s.status AS Status, s.submitted_by AS SubmittedBy,
               s.submitted_at AS SubmittedAtText, s.reviewed_by AS ReviewedBy, s.reviewed_at AS ReviewedAtText, s.comment AS Comment
        FROM submissions s
        JOIN agencies a ON a.code = s.agency_code
        """;

    public static async Task<IReadOnlyList<SubmissionResponse>> LoadAsync(DbConnection connection, DbTransaction? transaction, string sql, object parameters, CancellationToken ct) =>
        (await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct))).Select(r => new SubmissionResponse
        {
            Id = r.Id, Plan = r.PlanCode, Period = r.Period, Agency = r.Agency, AgencyNameVi = r.AgencyNameVi, AgencyNameEn = r.AgencyNameEn,
            Area = r.Area, Status = r.Status, SubmittedBy = r.SubmittedBy, SubmittedAt = InstantText.Parse(r.SubmittedAtText),
            ReviewedBy = r.ReviewedBy, ReviewedAt = r.ReviewedAtText is null ? null : InstantText.Parse(r.ReviewedAtText), Comment = r.Comment,
        }).ToList();

    private const string ValuesSql = """
        SELECT v.measure_code AS Code, m.name_vi AS NameVi, m.name_en AS NameEn, v.sex AS Sex, v.value AS Value, v.note AS Note, v.state AS State
        FROM data_values v
        JOIN measures m ON m.code = v.measure_code
        WHERE v.area_code = @Area AND v.period = @Period AND v.deleted = 0 AND v.measure_code IN @Codes
        ORDER BY v.measure_code, v.sex
        """;

    /// <summary>Fills in the values behind the agency's lead targets and whether it came on time.</summary>
    public async Task CompleteAsync(DbConnection connection, DbTransaction? transaction, MeasureCatalogue catalogue, CancellationToken ct)
    {
        var fields = await AgencyFields.LeadAsync(connection, transaction, catalogue, Plan, Agency, ct);
        var codes = fields.Select(f => f.Code).Distinct().ToList();
        var values = codes.Count == 0 ? [] : await connection.QueryAsync<SubmittedValue>(
            new CommandDefinition(ValuesSql, new { Area, Period, Codes = codes }, transaction, cancellationToken: ct));
        Values = values.Where(v => fields.Contains((v.Code, v.Sex))).ToList();
        var due = await ValueScope.DueDateAsync(connection, transaction, Plan, Domain.Period.Parse(Period), ct);
        OnTime = due is { } date ? Domain.ReportingCalendar.OnTime(SubmittedAt, date) : null;
    }

    private sealed class Row
    {
        public int Id { get; init; }
        public string PlanCode { get; init; } = "";
        public string Period { get; init; } = "";
        public string Agency { get; init; } = "";
        public string AgencyNameVi { get; init; } = "";
        public string AgencyNameEn { get; init; } = "";
        public string Area { get; init; } = "";
        public string Status { get; init; } = "";
        public string SubmittedBy { get; init; } = "";
        public string SubmittedAtText { get; init; } = "";
        public string? ReviewedBy { get; init; }
        public string? ReviewedAtText { get; init; }
        public string? Comment { get; init; }
    }
}

/// <summary>One value a submission covers.</summary>
public sealed class SubmittedValue
{
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    [Vocabulary(typeof(Sex))]
    public required string Sex { get; init; }
    public required double Value { get; init; }
    public string? Note { get; init; }
    [Vocabulary(typeof(ReviewStates))]
    public required string State { get; init; }
}
