using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.AnnualReport;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.AnnualReportDraft;

/// <summary>The annual report's draft as blocks: what annual-report.docx writes, for the web's print view.</summary>
public sealed class Endpoint(Database database, CatalogueCache catalogues, AnswerCache answers, IClock clock) : Endpoint<AnnualReport.Request, AnnualReportContent>
{
    public override void Configure()
    {
        Get("/api/plans/{code}/annual-report");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("GetAnnualReportDraft")
            .WithTags("Reports")
            .WithSummary("Bản thảo báo cáo năm / The annual report's draft")
            .WithDescription(
                "The content annual-report.docx is written from, as JSON: the heading (issuing body, national motto, number and " +
                "place-and-date lines), the title, then sections I, II and III as blocks (section, heading, note, paragraph, table " +
                "with its cells' text) — the same figures as the Word document, for a printable page. For a coordinator over the plan's area.")
            .ProducesProblems(400, 401, 403, 404));
    }

    public override async Task HandleAsync(AnnualReport.Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var catalogue = await catalogues.GetAsync();
        var (data, refusal) = await AnnualReportData.ForReaderAsync(connection, catalogue, answers, User, req.Code, req.Period, ct);
        if (data is null)
        {
            await Send.ResultAsync(refusal!);
            return;
        }


        var today = ReportingCalendar.Today(clock.GetCurrentInstant());
        await Send.OkAsync(AnnualReportDocument.Content(data, today, province: catalogue.Tree.AreaAndAncestors(data.PlanArea).Count <= 2), ct);
    }
}
