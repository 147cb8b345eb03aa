using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain.Drafting;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.DraftTargets;

public sealed class Endpoint(Database database) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/plans/drafts/targets");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("DraftPlanTargets")
            .WithTags("Plans")
            .WithSummary("Đọc chỉ tiêu từ văn bản kế hoạch / Draft targets from a plan's text")
            .WithDescription(
                "Paste a plan's objectives section (\"MỤC TIÊU … Chỉ tiêu 1: …\") and get draft targets to confirm: comparator (from \"đạt\", " +
                "\"ít nhất\", \"không dưới\", \"trên\", \"dưới\", \"giảm xuống\", \"còn\", \"không quá\", \"ở mức\"…), value, unit, year (a sentence " +
                "with two years gives two targets) and a suggested catalogue indicator with its score and matched words, each with the span " +
                "of text it came from. Rules and a dictionary, no model; a part not found is null and listed in missing with the reason, and " +
                "the headings and sentences that gave no target are listed with the reason. Nothing is stored. For plan authors (admin).")
            .ProducesProblems(400, 401, 403));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        IndicatorDictionary dictionary;
        await using (var connection = await database.OpenAsync(ct))
        {
            dictionary = await IndicatorCatalogue.LoadAsync(connection, ct);
        }

        await Send.OkAsync(Response.From(TargetExtraction.Extract(req.Text, dictionary, req.Year)), ct);
    }
}
