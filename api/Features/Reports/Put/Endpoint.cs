using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Identity;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Reports.Put;

public sealed class Endpoint(WriteScopes writes, ReportStore reports, IClock clock) : Endpoint<Request, ReportResponse>
{
    private const string ActivitiesSql = """
        SELECT DISTINCT activity_number FROM activity_bodies WHERE plan_code = @Code AND body_code = @Body
        """;

    private const string OutputsSql = """
        SELECT activity_number AS Activity, number AS Number, by_sex AS BySex FROM activity_outputs WHERE plan_code = @Code
        """;

    private const string UpdateSql = """
        UPDATE activity_reports
        SET state = @State, version = version + 1, results = @Results, difficulties = @Difficulties, proposals = @Proposals,
            entered_by = @EnteredBy, entered_at = @EnteredAt
        WHERE id = @Id AND version = @Version
        """;

    private const string DeleteOutputsSql = "DELETE FROM activity_report_outputs WHERE report_id = @Id";
    private const string DeleteAchievedSql = "DELETE FROM activity_report_achieved_outputs WHERE report_id = @Id";
    private const string DeleteSpendingSql = "DELETE FROM activity_report_spending WHERE report_id = @Id";
    private const string DeleteItemsSql = "DELETE FROM activity_report_items WHERE report_id = @Id";

    private const string InsertItemSql = """
        INSERT INTO activity_report_items (report_id, activity_number, status, note) VALUES (@Id, @Activity, @Status, @Note)
        """;

    private const string InsertOutputSql = """
        INSERT INTO activity_report_outputs (report_id, activity_number, output_number, sex, achieved) VALUES (@Id, @Activity, @Number, @Sex, @Achieved)
        """;

    private const string InsertAchievedSql = """
        INSERT INTO activity_report_achieved_outputs (report_id, activity_number, position, unit, description, total, female, male)
        VALUES (@Id, @Activity, @Position, @Unit, @Description, @Total, @Female, @Male)
        """;

    private const string InsertSpendingSql = """
        INSERT INTO activity_report_spending (report_id, activity_number, source, spent) VALUES (@Id, @Activity, @Source, @Amount)
        """;

    public override void Configure()
    {
        Put("/api/plans/{code}/reports/{area}/{body}/{kind}/{period}");
        Roles(Identity.Roles.Department);
        Description(d => d
            .WithName("PutReport")
            .WithTags("Reports")
            .WithSummary("Lập hoặc sửa báo cáo thực hiện / Write or change an implementation report")
            .WithDescription(
                "JSON {results, difficulties, proposals, items: [{activity, status, note, outputs: [{number, sex, achieved}], " +
                "additionalOutputs: [{unit, description, total, female, male}], spent: [{source, amount}]}]}: the whole report, saved as a draft. " +
                "additionalOutputs are outputs achieved beyond the planned ones (at most 20 per activity): a unit of the output units, " +
                "a description, whole counts; female and male only where the unit counts people (person), each optional, together at " +
                "most the total (the rest: sex not recorded). Only the body that owes it (403 otherwise), only activities " +
                "it leads or coordinates and outputs those activities plan (400 otherwise), counts by sex (F, M) where the output is " +
                "counted by sex. Not once submitted or approved, nor after its lock date unless reopened (409). Changing a filed " +
                "report needs If-Match with its ETag (428 without, 412 when stale).")
            .AcceptsHeader(ApiHeaders.IfMatch)
            .ProducesHeaders(StatusCodes.Status200OK, ApiHeaders.ETag)
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var work = await writes.BeginAsync(ct);
        var (connection, transaction) = (work.Connection, work.Transaction);
        if (await reports.FindAsync(connection, transaction, req, ct) is not { } found)
        {
            await Send.ResultAsync(ReportStore.NotOwed(req));
            return;
        }

        if (!await reports.OwnsAsync(User, found.Entry.Expected))
        {
            await Send.ResultAsync(ReportStore.Forbidden("Chỉ đơn vị báo cáo mới lập được báo cáo này.", "Only the body that owes this report can write it."));
            return;
        }

        if (found.Entry.Filed is { } filed && !ReviewWorkflow.DepartmentMayEdit(filed.State))
        {
            await Send.ResultAsync(ReportStore.Conflict($"Báo cáo đã {filed.State}: không sửa được nữa.", $"The report is {filed.State}: it can no longer be changed."));
            return;
        }

        if (reports.IsLocked(found.Entry))
        {
            await Send.ResultAsync(ReportStore.Conflict($"Kỳ báo cáo đã khóa sau ngày {found.Entry.LockDate:dd/MM/yyyy}.", $"The report locked after {found.Entry.LockDate:yyyy-MM-dd}."));
            return;
        }

        await CheckItemsAsync(connection, transaction, req, ct);
        var ifMatch = HttpContext.Request.Headers.IfMatch.ToString();
        var now = InstantText.Format(clock.GetCurrentInstant());
        int id;
        if (found.Entry.Filed is { } existing)
        {
            var version = (await reports.ReadAsync(connection, transaction, found, ct)).Version;
            if (string.IsNullOrEmpty(ifMatch))
            {
                await Send.ResultAsync(TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Cần If-Match / If-Match required",
                    detail: Problems.Bilingual("Báo cáo đã có: gửi ETag hiện tại trong If-Match để sửa.", "The report exists: send its ETag in If-Match to change it.")));
                return;
            }

            var updated = ifMatch == $"\"{version}\"" && await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
            {
                existing.Id, Version = version, State = ReviewWorkflow.StateOfAWrite(byDepartment: true), req.Results, req.Difficulties, req.Proposals,
                EnteredBy = User.Username(), EnteredAt = now,
            }, transaction, cancellationToken: ct)) == 1;
            if (!updated)
            {
                await Send.ResultAsync(TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Đã thay đổi / Changed meanwhile",
                    detail: Problems.Bilingual("Báo cáo vừa bị thay đổi: tải lại rồi sửa.", "The report changed meanwhile: reload it and try again.")));
                return;
            }

            id = existing.Id;
            foreach (var sql in new[] { DeleteOutputsSql, DeleteAchievedSql, DeleteSpendingSql, DeleteItemsSql })
            {
                await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id }, transaction, cancellationToken: ct));
            }
        }
        else
        {
            id = await connection.ExecuteScalarAsync<int>(new CommandDefinition(writes.Database.Dialect.InsertReturningId("activity_reports", ReportStore.ReportColumns), new
            {
                PlanCode = req.Code, AreaCode = req.Area, BodyCode = req.Body, req.Kind, req.Period, State = ReviewWorkflow.StateOfAWrite(byDepartment: true),
                Version = 1, req.Results, req.Difficulties, req.Proposals, EnteredBy = User.Username(), EnteredAt = now,
            }, transaction, cancellationToken: ct));
        }

        foreach (var item in req.Items)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertItemSql, new { Id = id, item.Activity, item.Status, item.Note }, transaction, cancellationToken: ct));
            foreach (var output in item.Outputs)
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertOutputSql, new { Id = id, item.Activity, output.Number, output.Sex, output.Achieved }, transaction, cancellationToken: ct));
            }

            foreach (var (output, position) in item.AdditionalOutputs.Select((o, p) => (o.ToAchieved(), p + 1)))
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertAchievedSql, new
                {
                    Id = id, item.Activity, Position = position, output.Unit, output.Description, Total = (int)output.Total,
                    Female = (int?)output.Female, Male = (int?)output.Male,
                }, transaction, cancellationToken: ct));
            }

            foreach (var spent in item.Spent)
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertSpendingSql, new { Id = id, item.Activity, spent.Source, spent.Amount }, transaction, cancellationToken: ct));
            }
        }

        var saved = await reports.ReadAsync(connection, transaction, (await reports.FindAsync(connection, transaction, req, ct))!, ct);
        work.Changes.Nothing(); // an implementation report changes no value: the roll-up sums stay as they are
        await work.CommitAsync();
        HttpContext.Response.Headers.ETag = $"\"{saved.Version}\"";
        await Send.OkAsync(saved, ct);
    }

    /// <summary>Every activity is one the body has a duty in, every output one that activity plans, counted the way it is planned.</summary>
    private async Task CheckItemsAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, Request req, CancellationToken ct)
    {
        var own = (await connection.QueryAsync<string>(new CommandDefinition(ActivitiesSql, new { req.Code, req.Body }, transaction, cancellationToken: ct))).ToHashSet();
        var outputs = (await connection.QueryAsync<OutputRow>(new CommandDefinition(OutputsSql, new { req.Code }, transaction, cancellationToken: ct)))
            .ToDictionary(o => (o.Activity, o.Number), o => o.BySex == 1);
        for (var i = 0; i < req.Items.Count; i++)
        {
            var item = req.Items[i];
            if (!own.Contains(item.Activity))
            {
                ValidationFailures.Add(new($"items[{i}].activity", Problems.Bilingual($"{req.Body} không chủ trì hay phối hợp hoạt động {item.Activity}.", $"{req.Body} neither leads nor coordinates activity {item.Activity}.")));
                continue;
            }

            foreach (var output in item.Outputs)
            {
                if (!outputs.TryGetValue((item.Activity, output.Number), out var bySex))
                {
                    ValidationFailures.Add(new($"items[{i}].outputs", Problems.Bilingual($"Hoạt động {item.Activity} không có đầu ra số {output.Number}.", $"Activity {item.Activity} plans no output {output.Number}.")));
                }
                else if (bySex ? output.Sex == Sex.Total : output.Sex != Sex.Total)
                {
                    ValidationFailures.Add(new($"items[{i}].outputs", bySex
                        ? Problems.Bilingual($"Đầu ra {output.Number} của hoạt động {item.Activity} được đếm theo giới tính: ghi F và M.", $"Output {output.Number} of activity {item.Activity} is counted by sex: report F and M.")
                        : Problems.Bilingual($"Đầu ra {output.Number} của hoạt động {item.Activity} không đếm theo giới tính: ghi _T.", $"Output {output.Number} of activity {item.Activity} is not counted by sex: report _T.")));
                }
            }
        }

        ThrowIfAnyErrors();
    }

    private sealed class OutputRow
    {
        public string Activity { get; init; } = "";
        public int Number { get; init; }
        public int BySex { get; init; }
    }
}
