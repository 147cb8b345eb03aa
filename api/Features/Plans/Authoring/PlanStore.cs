using System.Data.Common;
using System.Text.Json;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Shapes;

namespace EqualityTracker.Api.Features.Plans.Authoring;

/// <summary>A plan's content between its three homes: the live tables (the issued version everyone reads), the draft
/// being written (<c>plan_drafts</c>, as JSON) and the issued versions' snapshots (<c>plan_versions</c>).</summary>
public static class PlanStore
{
    public const string PlanRowSql = """
        SELECT code AS Code, kind AS Kind, area_code AS Area, start_year AS StartYear, end_year AS EndYear,
               title_vi AS TitleVi, title_en AS TitleEn, legal_basis_vi AS LegalBasisVi, legal_basis_en AS LegalBasisEn,
               document_ref AS DocumentRef, status AS Status, version AS Version, implements_code AS Implements,
               decision_number AS DecisionNumber, decision_date AS DecisionDate, issued_at AS IssuedAt, issued_by AS IssuedBy,
               created_at AS CreatedAt, created_by AS CreatedBy
        FROM plans
        WHERE code = @Code
        """;

    private const string DraftSql = """
        SELECT plan_code AS PlanCode, version AS Version, decision_number AS DecisionNumber, revision AS Revision,
               content AS Content, created_at AS CreatedAt, created_by AS CreatedBy, updated_at AS UpdatedAt, updated_by AS UpdatedBy
        FROM plan_drafts
        WHERE plan_code = @Code
        """;

    private const string ObjectivesSql = """
        SELECT number AS Number, domain_code AS Domain, title_vi AS TitleVi, title_en AS TitleEn
        FROM objectives WHERE plan_code = @Code ORDER BY number
        """;

    private const string TargetsSql = """
        SELECT id AS Id, objective_number AS Objective, number AS Number, indicator_code AS Indicator, comparator AS Comparator,
               value AS Value, year AS Year, text_vi AS TextVi, text_en AS TextEn, baseline_year AS BaselineYear,
               baseline_value AS BaselineValue, source AS Source, confidence AS Confidence
        FROM targets WHERE plan_code = @Code ORDER BY objective_number, id
        """;

    private const string TargetAgenciesSql = """
        SELECT ta.target_id AS Id, ta.agency_code AS Code, ta.role AS Role
        FROM target_agencies ta JOIN targets t ON t.id = ta.target_id
        WHERE t.plan_code = @Code
        ORDER BY ta.target_id, ta.role, ta.position
        """;

    private const string ActivitiesSql = """
        SELECT number AS Number, domain_code AS Domain, objective_number AS Objective, text_vi AS TextVi, text_en AS TextEn,
               timing AS Timing, start_date AS Start, end_date AS "End", due_date AS Due, seed AS Seed, seed_sentence AS SeedSentence
        FROM activities WHERE plan_code = @Code ORDER BY id
        """;

    private const string ActivityBodiesSql = """
        SELECT activity_number AS Activity, body_code AS Code, role AS Role
        FROM activity_bodies WHERE plan_code = @Code ORDER BY activity_number, role, position
        """;

    private const string OutputsSql = """
        SELECT activity_number AS Activity, number AS Number, text_vi AS TextVi, text_en AS TextEn, quantity AS Quantity, unit AS Unit,
               by_sex AS BySex, per AS Per, communes AS Communes, seed_sentence AS SeedSentence
        FROM activity_outputs WHERE plan_code = @Code ORDER BY activity_number, number
        """;

    private const string BudgetSql = """
        SELECT line AS Line, parent_line AS ParentLine, title_vi AS TitleVi, lead_agency AS LeadAgency, year AS Year,
               source AS Source, planned AS Planned
        FROM budget_lines WHERE plan_code = @Code ORDER BY line, year, source
        """;

    private const string StatedTotalsSql = """
        SELECT scope AS Scope, year AS Year, source AS Source, line AS Line, stated AS Stated, seed_sentence AS SeedSentence
        FROM budget_stated_totals WHERE plan_code = @Code ORDER BY id
        """;

    private const string EventsSql = """
        SELECT code AS Code, kind AS Kind, period_type AS PeriodType, month AS Month, day AS Day, end_month AS EndMonth,
               end_day AS EndDay, name_vi AS NameVi, name_en AS NameEn
        FROM reporting_events WHERE plan_code = @Code ORDER BY month, day, code
        """;

    private const string DutiesSql = """
        SELECT code AS Code, reporter AS Reporter, recipient AS Recipient, report_kind AS ReportKind, month AS Month, day AS Day,
               end_month AS EndMonth, end_day AS EndDay, period_type AS PeriodType, name_vi AS NameVi, name_en AS NameEn,
               seed_sentence AS SeedSentence
        FROM reporting_duties WHERE plan_code = @Code ORDER BY code
        """;

    private const string BodiesSql = """
        SELECT b.code AS Code, b.kind AS Kind, b.name_vi AS NameVi, b.name_en AS NameEn, b.agency_code AS Agency
        FROM bodies b
        WHERE b.area_code = @Area
          AND EXISTS (SELECT 1 FROM activity_bodies ab WHERE ab.plan_code = @Code AND ab.area_code = b.area_code AND ab.body_code = b.code)
        ORDER BY b.code
        """;

    /// <summary>The plan's row, or null.</summary>
    public static Task<PlanRow?> PlanAsync(DbConnection connection, DbTransaction? transaction, string code, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(PlanRowSql, new { Code = code }, transaction, cancellationToken: ct));

    /// <summary>The draft being written, or null.</summary>
    public static Task<DraftRow?> DraftAsync(DbConnection connection, DbTransaction? transaction, string code, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<DraftRow>(new CommandDefinition(DraftSql, new { Code = code }, transaction, cancellationToken: ct));

    public static string Serialize(PlanContent content) => JsonSerializer.Serialize(content, ApiJson.Options);

    public static PlanContent Deserialize(string json) => JsonSerializer.Deserialize<PlanContent>(json, ApiJson.Options)!;

    /// <summary>The issued content as the live tables hold it.</summary>
    public static async Task<PlanContent> LiveAsync(DbConnection connection, DbTransaction? transaction, PlanRow plan, CancellationToken ct)
    {
        var p = new { plan.Code, plan.Area };
        CommandDefinition Q(string sql) => new(sql, p, transaction, cancellationToken: ct);
        var targets = (await connection.QueryAsync<TargetRow>(Q(TargetsSql))).AsList();
        var agencies = (await connection.QueryAsync<RoleRow>(Q(TargetAgenciesSql))).ToLookup(r => r.Id);
        var activities = (await connection.QueryAsync<ActivityRow>(Q(ActivitiesSql))).AsList();
        var bodies = (await connection.QueryAsync<RoleRow>(Q(ActivityBodiesSql))).ToLookup(r => r.Activity);
        var outputs = (await connection.QueryAsync<OutputRow>(Q(OutputsSql))).ToLookup(r => r.Activity);
        return new PlanContent
        {
            TitleVi = plan.TitleVi,
            TitleEn = plan.TitleEn,
            Kind = plan.Kind,
            StartYear = plan.StartYear,
            EndYear = plan.EndYear,
            Implements = plan.Implements,
            LegalBasisVi = plan.LegalBasisVi,
            LegalBasisEn = plan.LegalBasisEn,
            Objectives = (await connection.QueryAsync<PlanObjective>(Q(ObjectivesSql))).AsList(),
            Targets = targets.Select(t => new PlanTarget
            {
                Objective = t.Objective, Number = t.Number, Indicator = t.Indicator, Comparator = t.Comparator, Value = t.Value, Year = t.Year,
                TextVi = t.TextVi, TextEn = t.TextEn, BaselineYear = t.BaselineYear, BaselineValue = t.BaselineValue, Source = t.Source, Confidence = t.Confidence,
                Lead = agencies[t.Id].Where(a => a.Role == "lead").Select(a => a.Code).ToList(),
                Coordinating = agencies[t.Id].Where(a => a.Role == "coordinating").Select(a => a.Code).ToList(),
            }).ToList(),
            Activities = activities.Select(a => new PlanActivity
            {
                Number = a.Number, Domain = a.Domain, Objective = a.Objective, TextVi = a.TextVi, TextEn = a.TextEn, Timing = a.Timing,
                Start = a.Start, End = a.End, Due = a.Due, Seed = a.Seed, SeedSentence = a.SeedSentence,
                Lead = bodies[a.Number].Where(b => b.Role == "lead").Select(b => b.Code).ToList(),
                Coordinating = bodies[a.Number].Where(b => b.Role == "coordinating").Select(b => b.Code).ToList(),
                Outputs = outputs[a.Number].Select(o => new PlanOutput
                {
                    Number = o.Number, TextVi = o.TextVi, TextEn = o.TextEn, Quantity = o.Quantity, Unit = o.Unit, BySex = o.BySex != 0, Per = o.Per,
                    Communes = o.Communes is null ? [] : [.. o.Communes.Split('|')], SeedSentence = o.SeedSentence,
                }).ToList(),
            }).ToList(),
            BudgetLines = (await connection.QueryAsync<PlanBudgetLine>(Q(BudgetSql))).AsList(),
            StatedTotals = (await connection.QueryAsync<PlanStatedTotal>(Q(StatedTotalsSql))).AsList(),
            Calendar = (await connection.QueryAsync<PlanEvent>(Q(EventsSql))).AsList(),
            Duties = (await connection.QueryAsync<PlanDuty>(Q(DutiesSql))).AsList(),
            Bodies = (await connection.QueryAsync<PlanBody>(Q(BodiesSql))).AsList(),
        };
    }

    private static readonly string[] ClearLiveSql =
    [
        "DELETE FROM target_agencies WHERE target_id IN (SELECT id FROM targets WHERE plan_code = @Code)",
        "DELETE FROM targets WHERE plan_code = @Code",
        "DELETE FROM activity_outputs WHERE plan_code = @Code",
        "DELETE FROM activity_bodies WHERE plan_code = @Code",
        "DELETE FROM activities WHERE plan_code = @Code",
        "DELETE FROM objectives WHERE plan_code = @Code",
        "DELETE FROM budget_lines WHERE plan_code = @Code",
        "DELETE FROM budget_stated_totals WHERE plan_code = @Code",
        "DELETE FROM reporting_events WHERE plan_code = @Code",
        "DELETE FROM reporting_duties WHERE plan_code = @Code",
    ];

    private const string UpdateBodySql = """
        UPDATE bodies SET kind = @Kind, name_vi = @NameVi, name_en = @NameEn, agency_code = @Agency
        WHERE area_code = @Area AND code = @Code
        """;

    private const string InsertBodySql = """
        INSERT INTO bodies (area_code, code, kind, name_vi, name_en, agency_code) VALUES (@Area, @Code, @Kind, @NameVi, @NameEn, @Agency)
        """;

    private const string InsertObjectiveSql = """
        INSERT INTO objectives (plan_code, number, domain_code, title_vi, title_en) VALUES (@Plan, @Number, @Domain, @TitleVi, @TitleEn)
        """;

    private const string InsertTargetSql = """
        INSERT INTO targets (plan_code, objective_number, number, indicator_code, comparator, value, year, text_vi, text_en, source, confidence, baseline_year, baseline_value)
        VALUES (@Plan, @Objective, @Number, @Indicator, @Comparator, @Value, @Year, @TextVi, @TextEn, @Source, @Confidence, @BaselineYear, @BaselineValue)
        """;

    private const string InsertTargetAgencySql = """
        INSERT INTO target_agencies (target_id, agency_code, role, position)
        SELECT id, @Agency, @Role, @Position FROM targets
        WHERE plan_code = @Plan AND objective_number = @Objective AND number = @Number AND year = @Year
        """;

    private const string InsertActivitySql = """
        INSERT INTO activities (plan_code, number, domain_code, objective_number, text_vi, text_en, timing, start_date, end_date, due_date, seed, seed_sentence)
        VALUES (@Plan, @Number, @Domain, @Objective, @TextVi, @TextEn, @Timing, @Start, @End, @Due, @Seed, @SeedSentence)
        """;

    private const string InsertActivityBodySql = """
        INSERT INTO activity_bodies (plan_code, activity_number, area_code, body_code, role, position)
        VALUES (@Plan, @Activity, @Area, @Body, @Role, @Position)
        """;

    private const string InsertOutputSql = """
        INSERT INTO activity_outputs (plan_code, activity_number, number, text_vi, text_en, quantity, unit, by_sex, per, communes, seed_sentence)
        VALUES (@Plan, @Activity, @Number, @TextVi, @TextEn, @Quantity, @Unit, @BySex, @Per, @Communes, @SeedSentence)
        """;

    private const string InsertBudgetSql = """
        INSERT INTO budget_lines (plan_code, line, parent_line, title_vi, lead_agency, year, source, planned)
        VALUES (@Plan, @Line, @ParentLine, @TitleVi, @LeadAgency, @Year, @Source, @Planned)
        """;

    private const string InsertStatedTotalSql = """
        INSERT INTO budget_stated_totals (plan_code, scope, year, source, line, stated, seed_sentence)
        VALUES (@Plan, @Scope, @Year, @Source, @Line, @Stated, @SeedSentence)
        """;

    private const string InsertEventSql = """
        INSERT INTO reporting_events (plan_code, code, kind, period_type, month, day, end_month, end_day, name_vi, name_en)
        VALUES (@Plan, @Code, @Kind, @PeriodType, @Month, @Day, @EndMonth, @EndDay, @NameVi, @NameEn)
        """;

    private const string InsertDutySql = """
        INSERT INTO reporting_duties (plan_code, code, reporter, recipient, report_kind, month, day, end_month, end_day, period_type, name_vi, name_en, seed_sentence)
        VALUES (@Plan, @Code, @Reporter, @Recipient, @ReportKind, @Month, @Day, @EndMonth, @EndDay, @PeriodType, @NameVi, @NameEn, @SeedSentence)
        """;

    private const string InsertIndicatorSql = """
        INSERT INTO indicators (code, name_vi, name_en, domain_code, unit_code, direction, decimals)
        VALUES (@Code, @NameVi, @NameEn, @Domain, @Unit, @Direction, @Decimals)
        """;

    private const string InsertFormulaSql = """
        INSERT INTO indicator_formulas (indicator_code, factor, numerator_code, numerator_sex, denominator_code, denominator_sex, numerator_bounded, description_vi, description_en)
        VALUES (@Code, @Factor, @Numerator, @NumeratorSex, @Denominator, @DenominatorSex, @Bounded, @DescriptionVi, @DescriptionEn)
        """;

    // An indicator entered directly is its own measure (a survey's percentage): one total value, never summed.
    private const string InsertDirectMeasureSql = """
        INSERT INTO measures (code, kind, name_vi, name_en, unit_code, sexes, aggregation, integer_only, min_value, max_value)
        VALUES (@Code, 'indicator', @NameVi, @NameEn, @Unit, '_T', 'none', 0, NULL, NULL)
        """;

    /// <summary>Replaces the live content of the plan (its issued version) with <paramref name="content"/>, adding the
    /// indicators and bodies it defines. The caller updates the plan's row.</summary>
    public static async Task WriteLiveAsync(DbConnection connection, DbTransaction transaction, string code, string area, PlanContent content, int version)
    {
        Task<int> Run(string sql, object parameters) => connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction));
        foreach (var sql in ClearLiveSql)
        {
            await Run(sql, new { Code = code });
        }

        foreach (var indicator in content.NewIndicators)
        {
            var name = string.IsNullOrWhiteSpace(indicator.NameEn) ? indicator.NameVi : indicator.NameEn;
            await Run(InsertIndicatorSql, new { indicator.Code, indicator.NameVi, NameEn = name, indicator.Domain, indicator.Unit, indicator.Direction, indicator.Decimals });
            if (indicator.Formula is { } f)
            {
                await Run(InsertFormulaSql, new
                {
                    indicator.Code, f.Factor, f.Numerator, f.NumeratorSex, f.Denominator, f.DenominatorSex,
                    Bounded = f.Numerator == f.Denominator && f.NumeratorSex != f.DenominatorSex ? 0 : indicator.Unit == "percent" ? 1 : 0,
                    DescriptionVi = $"{indicator.NameVi} = {f.Factor:0.###} × {f.Numerator}[{f.NumeratorSex}] / {f.Denominator}[{f.DenominatorSex}]",
                    DescriptionEn = $"{name} = {f.Factor:0.###} × {f.Numerator}[{f.NumeratorSex}] / {f.Denominator}[{f.DenominatorSex}]",
                });
            }
            else
            {
                await Run(InsertDirectMeasureSql, new { indicator.Code, indicator.NameVi, NameEn = name, indicator.Unit });
            }
        }

        foreach (var body in content.Bodies)
        {
            var row = new { Area = area, body.Code, body.Kind, body.NameVi, NameEn = string.IsNullOrWhiteSpace(body.NameEn) ? body.NameVi : body.NameEn, body.Agency };
            if (await Run(UpdateBodySql, row) == 0)
            {
                await Run(InsertBodySql, row);
            }
        }

        foreach (var o in content.Objectives)
        {
            await Run(InsertObjectiveSql, new { Plan = code, o.Number, o.Domain, o.TitleVi, TitleEn = o.TitleEn ?? "" });
        }

        foreach (var t in content.Targets)
        {
            await Run(InsertTargetSql, new
            {
                Plan = code, t.Objective, t.Number, t.Indicator, t.Comparator, t.Value, t.Year, TextVi = t.TextVi ?? "", TextEn = t.TextEn ?? "",
                Source = t.Source ?? $"plan:{code}@{version}", t.Confidence, t.BaselineYear, t.BaselineValue,
            });
            foreach (var (role, agencies) in new[] { ("lead", t.Lead), ("coordinating", t.Coordinating) })
            {
                foreach (var (agency, position) in agencies.Distinct(StringComparer.Ordinal).Select((a, i) => (a, i)))
                {
                    await Run(InsertTargetAgencySql, new { Agency = agency, Role = role, Position = position, Plan = code, t.Objective, t.Number, t.Year });
                }
            }
        }

        foreach (var a in content.Activities)
        {
            await Run(InsertActivitySql, new
            {
                Plan = code, a.Number, a.Domain, a.Objective, a.TextVi, TextEn = a.TextEn ?? "", a.Timing, a.Start, a.End, a.Due,
                Seed = a.Seed ?? $"plan:{code}@{version}", SeedSentence = a.SeedSentence ?? a.TextVi,
            });
            foreach (var (role, bodies) in new[] { ("lead", a.Lead), ("coordinating", a.Coordinating) })
            {
                foreach (var (body, position) in bodies.Distinct(StringComparer.Ordinal).Select((b, i) => (b, i)))
                {
                    await Run(InsertActivityBodySql, new { Plan = code, Activity = a.Number, Area = area, Body = body, Role = role, Position = position });
                }
            }

            foreach (var o in a.Outputs)
            {
                await Run(InsertOutputSql, new
                {
                    Plan = code, Activity = a.Number, o.Number, o.TextVi, TextEn = o.TextEn ?? "", o.Quantity, o.Unit, BySex = o.BySex ? 1 : 0, o.Per,
                    Communes = o.Communes.Count == 0 ? null : string.Join('|', o.Communes), SeedSentence = o.SeedSentence ?? o.TextVi,
                });
            }
        }

        foreach (var b in content.BudgetLines)
        {
            await Run(InsertBudgetSql, new { Plan = code, b.Line, b.ParentLine, b.TitleVi, b.LeadAgency, b.Year, b.Source, b.Planned });
        }

        foreach (var s in content.StatedTotals)
        {
            await Run(InsertStatedTotalSql, new { Plan = code, s.Scope, s.Year, s.Source, s.Line, s.Stated, s.SeedSentence });
        }

        foreach (var e in content.Calendar)
        {
            await Run(InsertEventSql, new { Plan = code, e.Code, e.Kind, e.PeriodType, e.Month, e.Day, e.EndMonth, e.EndDay, e.NameVi, NameEn = e.NameEn ?? "" });
        }

        foreach (var d in content.Duties)
        {
            await Run(InsertDutySql, new
            {
                Plan = code, d.Code, d.Reporter, d.Recipient, d.ReportKind, d.Month, d.Day, d.EndMonth, d.EndDay, d.PeriodType, d.NameVi,
                NameEn = d.NameEn ?? "", SeedSentence = string.IsNullOrEmpty(d.SeedSentence) ? d.NameVi : d.SeedSentence,
            });
        }
    }

    public sealed class PlanRow
    {
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Area { get; init; } = "";
        public int StartYear { get; init; }
        public int EndYear { get; init; }
        public string TitleVi { get; init; } = "";
        public string TitleEn { get; init; } = "";
        public string LegalBasisVi { get; init; } = "";
        public string LegalBasisEn { get; init; } = "";
        public string? DocumentRef { get; init; }
        public string Status { get; init; } = "";
        public int Version { get; init; }
        public string? Implements { get; init; }
        public string? DecisionNumber { get; init; }
        public string? DecisionDate { get; init; }
        public string? IssuedAt { get; init; }
        public string? IssuedBy { get; init; }
        public string? CreatedAt { get; init; }
        public string? CreatedBy { get; init; }
    }

    public sealed class DraftRow
    {
        public string PlanCode { get; init; } = "";
        public int Version { get; init; }
        public string? DecisionNumber { get; init; }
        public int Revision { get; init; }
        public string Content { get; init; } = "";
        public string CreatedAt { get; init; } = "";
        public string CreatedBy { get; init; } = "";
        public string UpdatedAt { get; init; } = "";
        public string UpdatedBy { get; init; } = "";
    }

    private sealed class TargetRow
    {
        public int Id { get; init; }
        public int Objective { get; init; }
        public string Number { get; init; } = "";
        public string Indicator { get; init; } = "";
        public string Comparator { get; init; } = "";
        public double Value { get; init; }
        public int Year { get; init; }
        public string TextVi { get; init; } = "";
        public string TextEn { get; init; } = "";
        public int? BaselineYear { get; init; }
        public double? BaselineValue { get; init; }
        public string? Source { get; init; }
        public string? Confidence { get; init; }
    }

    private sealed class RoleRow
    {
        public int Id { get; init; }
        public string Activity { get; init; } = "";
        public string Code { get; init; } = "";
        public string Role { get; init; } = "";
    }

    private sealed class ActivityRow
    {
        public string Number { get; init; } = "";
        public string Domain { get; init; } = "";
        public int? Objective { get; init; }
        public string TextVi { get; init; } = "";
        public string TextEn { get; init; } = "";
        public string Timing { get; init; } = "";
        public string Start { get; init; } = "";
        public string End { get; init; } = "";
        public string? Due { get; init; }
        public string? Seed { get; init; }
        public string? SeedSentence { get; init; }
    }

    private sealed class OutputRow
    {
        public string Activity { get; init; } = "";
        public int Number { get; init; }
        public string TextVi { get; init; } = "";
        public string TextEn { get; init; } = "";
        public double? Quantity { get; init; }
        public string Unit { get; init; } = "";
        public long BySex { get; init; }
        public string? Per { get; init; }
        public string? Communes { get; init; }
        public string? SeedSentence { get; init; }
    }
}
