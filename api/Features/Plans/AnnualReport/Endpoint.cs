using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.AnnualReport;

public sealed class Endpoint(Database database, CatalogueCache catalogues, AnswerCache answers, IClock clock) : Endpoint<Request>
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public override void Configure()
    {
        Get("/api/plans/{code}/annual-report.docx");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("GetAnnualReportDocx")
            .WithTags("Reports")
            .WithSummary("Báo cáo kết quả thực hiện năm (Word) / The compiled annual report (Word)")
            .WithDescription(
                "The coordinator's annual report to the provincial committee and the ministry, as a Word document in the national " +
                "administrative form: issuing body and national motto, number and date lines, title 'BÁO CÁO Kết quả thực hiện …', " +
                "I results (targets with their status from approved values; activities by domain with outputs planned and achieved; " +
                "budget planned and spent), II difficulties and causes, III proposals — from the year's approved reports only. " +
                "Ordinary Word text: the coordinator edits it before sending. For a coordinator over the plan's area.")
            .ProducesDownload(MediaType)
            .ProducesProblems(400, 401, 403, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var catalogue = await catalogues.GetAsync();
        var (data, refusal) = await AnnualReportData.ForReaderAsync(connection, catalogue, answers, User, req.Code, req.Period, ct);
        if (data is null)
        {
            await Send.ResultAsync(refusal!);
            return;
        }

        var planArea = data.PlanArea;

        var today = ReportingCalendar.Today(clock.GetCurrentInstant());
        var bytes = AnnualReportDocument.Write(data, today, province: catalogue.Tree.AreaAndAncestors(planArea).Count <= 2);
        await Send.BytesAsync(bytes, $"bao-cao-{req.Code}-{req.Period}.docx", MediaType, cancellation: ct);
    }
}
