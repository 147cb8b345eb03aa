using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Me.Assignments;

public sealed class Endpoint(Database database, CatalogueCache catalogues, ValueScope scope) : Endpoint<Request, Response>
{
    private const string TargetsSql = """
        SELECT t.id AS Id, t.objective_number AS Objective, t.number AS Number, t.indicator_code AS IndicatorCode,
               i.name_vi AS IndicatorNameVi, i.name_en AS IndicatorNameEn, t.comparator AS Comparator, t.value AS Value,
               t.year AS Year, i.unit_code AS Unit, u.name_vi AS UnitVi, u.name_en AS UnitEn, ta.role AS Role
        FROM targets t
        JOIN target_agencies ta ON ta.target_id = t.id
        JOIN indicators i ON i.code = t.indicator_code
        JOIN units u ON u.code = i.unit_code
        WHERE t.plan_code = @Plan AND ta.agency_code = @Agency
        ORDER BY t.objective_number, t.number, ta.role DESC
        """;

    private const string MeasureNamesSql = "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn FROM measures";

    private const string ValuesSql = """
        SELECT measure_code AS Code, sex AS Sex, value AS Value, note AS Note, state AS State, version AS Version
        FROM data_values
        WHERE area_code = @Area AND period = @Period AND deleted = 0 AND measure_code IN @Codes
        """;

    private const string SubmissionSql = """
        SELECT id AS Id, status AS Status, submitted_at AS SubmittedAt, comment AS Comment
        FROM submissions
        WHERE plan_code = @Plan AND period = @Period AND agency_code = @Agency
        ORDER BY id DESC
        """;

    private const string PlanExistsSql = "SELECT COUNT(*) FROM plans WHERE code = @Plan AND status = 'issued'";


    public override void Configure()
    {
        Get("/api/me/assignments");
        Roles(Identity.Roles.Department);
        Description(d => d
            .WithName("GetMyAssignments")
            .WithTags("Review")
            .WithSummary("Chỉ tiêu của đơn vị tôi / My department's targets")
            .WithDescription(
                "For the signed-in department: the plan's targets its agency leads (editable) and coordinates (read only), " +
                "each with the values to enter for the period at the department's area — current value, state and ETag — " +
                "the due date from the plan's reporting calendar, the lock date, and the latest submission.")
            .ProducesProblems(400, 401, 403, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var (agency, period) = (User.Agency()!, Period.Parse(req.Period!));
        var area = (await catalogues.GetAsync()).Map.AsOf(User.Area()!, period.Start);
        await using var connection = await database.OpenAsync(ct);
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(PlanExistsSql, new { req.Plan }, cancellationToken: ct)) == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Plan}'.", $"No plan with code '{req.Plan}'."));
            return;
        }

        var catalogue = await catalogues.GetAsync();
        var names = (await connection.QueryAsync<MeasureName>(new CommandDefinition(MeasureNamesSql, cancellationToken: ct))).ToDictionary(m => m.Code);
        var targets = (await connection.QueryAsync<TargetRow>(new CommandDefinition(TargetsSql, new { req.Plan, Agency = agency }, cancellationToken: ct))).AsList();
        var fieldsOf = targets.ToDictionary(t => t.Id, t => AgencyFields.Of(t.IndicatorCode, catalogue, agency));
        var codes = fieldsOf.Values.SelectMany(f => f).Select(f => f.Code).Distinct().ToList();
        var values = codes.Count == 0
            ? []
            : (await connection.QueryAsync<ValueRow>(new CommandDefinition(ValuesSql, new { Area = area, Period = period.Id, Codes = codes }, cancellationToken: ct)))
                .ToDictionary(v => (v.Code, v.Sex));

        var (lockDate, locked) = await scope.LockAsync(connection, null, req.Plan!, period, agency, ct);
        var submission = await connection.QueryFirstOrDefaultAsync<SubmissionRow>(new CommandDefinition(SubmissionSql, new { req.Plan, Period = period.Id, Agency = agency }, cancellationToken: ct));

        await Send.OkAsync(new Response
        {
            Plan = req.Plan!,
            Period = period.Id,
            Area = area,
            Agency = agency,
            DueDate = await ValueScope.DueDateAsync(connection, null, req.Plan!, period, ct),
            LockDate = lockDate,
            Locked = locked,
            Submission = submission is null ? null : new SubmissionState
            {
                Id = submission.Id, Status = submission.Status, SubmittedAt = InstantText.Parse(submission.SubmittedAt), Comment = submission.Comment,
            },
            Targets = targets.Select(t => new AssignedTarget
            {
                Objective = t.Objective, Number = t.Number, IndicatorCode = t.IndicatorCode, IndicatorNameVi = t.IndicatorNameVi,
                IndicatorNameEn = t.IndicatorNameEn, Comparator = t.Comparator, Value = t.Value, Year = t.Year, Unit = t.Unit,
                UnitVi = t.UnitVi, UnitEn = t.UnitEn, Role = t.Role, Editable = t.Role == AgencyRoles.Lead,
                Fields = fieldsOf[t.Id].Select(f =>
                {
                    var measure = catalogue.Measures[f.Code];
                    values.TryGetValue((f.Code, f.Sex), out var stored);
                    return new Field
                    {
                        Code = f.Code, NameVi = names[f.Code].NameVi, NameEn = names[f.Code].NameEn, Sex = f.Sex, Unit = measure.UnitCode,
                        IntegerOnly = measure.IntegerOnly, Min = measure.MinValue, Max = measure.MaxValue, Value = stored?.Value, Note = stored?.Note,
                        State = stored?.State, Etag = stored is null ? null : ValueStore.ETagOf(stored.Version),
                    };
                }).ToList(),
            }).ToList(),
        }, ct);
    }

    private sealed class TargetRow
    {
        public int Id { get; init; }
        public int Objective { get; init; }
        public string Number { get; init; } = "";
        public string IndicatorCode { get; init; } = "";
        public string IndicatorNameVi { get; init; } = "";
        public string IndicatorNameEn { get; init; } = "";
        public string Comparator { get; init; } = "";
        public decimal Value { get; init; }
        public int Year { get; init; }
        public string Unit { get; init; } = "";
        public string UnitVi { get; init; } = "";
        public string UnitEn { get; init; } = "";
        public string Role { get; init; } = "";
    }

    private sealed class MeasureName
    {
        public string Code { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string NameEn { get; init; } = "";
    }

    private sealed class ValueRow
    {
        public string Code { get; init; } = "";
        public string Sex { get; init; } = "";
        public double Value { get; init; }
        public string? Note { get; init; }
        public string State { get; init; } = "";
        public int Version { get; init; }
    }

    private sealed class SubmissionRow
    {
        public int Id { get; init; }
        public string Status { get; init; } = "";
        public string SubmittedAt { get; init; } = "";
        public string? Comment { get; init; }
    }
}
