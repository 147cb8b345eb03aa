using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace EqualityTracker.Api.Features.Values;

/// <summary>What PUT and DELETE of one value share: the rules of the key and value, who may write, and If-Match.</summary>
/// <remarks>
/// Optimistic concurrency: a value's version is its ETag. Changing or deleting an existing value needs If-Match with
/// the current ETag — without it 428, with a stale one 412, both carrying the current value — and the write itself
/// checks the version again (<c>WHERE version = @Version</c>), so two writers can never both win.
/// The caller owns the <see cref="WriteScope"/>: whatever this throws, the scope releases the lock.
/// </remarks>
public sealed class SingleValueWrite(CatalogueCache catalogues, ValueScope scope, IClock clock)
{
    /// <summary>Checks everything before a write of <paramref name="key"/> (already normalized) inside <paramref name="work"/>.</summary>
    public async Task<Prepared> PrepareAsync(WriteScope work, HttpContext http, ValueKey key, double? value, string? note, CancellationToken ct)
    {
        var (connection, transaction) = (work.Connection, work.Transaction);
        work.Changes.Key(key.Area, key.Period);
        var catalogue = await catalogues.GetAsync();
        var now = clock.GetCurrentInstant();

        var issues = new List<RowIssue>();
        var row = Features.Areas.AreaDates.ResolveRow(catalogue.Map,
            new UploadRow(0, key.Code, key.Area, key.Period, key.Sex, value is { } v ? NumberText.Format(v) : "0", note), issues);
        new UploadRowValidator(catalogue.Measures, catalogue.AreaParents.Keys.ToHashSet(StringComparer.Ordinal), ReportingCalendar.Today(now), decimalComma: false)
            .Validate(row, issues);
        if (issues.Count > 0)
        {
            return new Prepared(TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Giá trị không hợp lệ / Invalid value",
                detail: string.Join(" ", issues.Select(i => Problems.Bilingual(i.MessageVi, i.MessageEn))),
                extensions: new Dictionary<string, object?> { ["errors"] = issues.Select(i => new ProblemError(i.Column, Problems.Bilingual(i.MessageVi, i.MessageEn))).ToList() }));
        }

        var current = await ValueStore.CurrentAsync(connection, transaction, key, ct);
        var exists = current is { Deleted: 0 };
        var refusal = await scope.CheckAsync(connection, transaction, http.User, catalogue, key.Code, key.Area, Period.Parse(key.Period), exists ? current!.State : null, ct);
        if (refusal is not null)
        {
            return new Prepared(TypedResults.Problem(
                statusCode: refusal.Status,
                title: refusal.Status == 403 ? "Không được phép / Forbidden" : "Đã khóa / Locked",
                detail: refusal.Detail));
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (exists && string.IsNullOrEmpty(ifMatch))
        {
            return new Prepared(Conflict(StatusCodes.Status428PreconditionRequired, "Cần If-Match / If-Match required",
                "Giá trị đã tồn tại: gửi ETag hiện tại trong tiêu đề If-Match để sửa.", "The value exists: send its current ETag in If-Match to change it.", current!));
        }

        if (!string.IsNullOrEmpty(ifMatch) && !Matches(ifMatch, current))
        {
            return new Prepared(current is not null
                ? Conflict(StatusCodes.Status412PreconditionFailed, "Giá trị đã bị thay đổi / The value changed meanwhile",
                    "Người khác đã sửa giá trị này; giá trị hiện tại kèm theo. Không có gì được ghi.", "Someone changed this value meanwhile; the current value is attached. Nothing was written.", current)
                : TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Chưa có giá trị / No such value",
                    detail: Problems.Bilingual("If-Match gửi kèm nhưng giá trị chưa tồn tại.", "If-Match was sent but the value does not exist.")));
        }

        var state = ReviewWorkflow.StateOfAWrite(byDepartment: http.User.IsInRole(Roles.Department));
        return new Prepared(null) { Current = current, Write = new ValueStore.Write(http.User.Username(), InstantText.Format(now), http.TraceIdentifier, state) };
    }

    private static bool Matches(string ifMatch, ValueStore.StoredValue? current) =>
        current is not null && ifMatch.Split(',').Select(t => t.Trim().Replace("W/", "", StringComparison.Ordinal))
            .Any(tag => tag == "*" || tag == ValueStore.ETagOf(current.Version));

    public static ProblemHttpResult Conflict(int status, string title, string vi, string en, ValueStore.StoredValue current) =>
        TypedResults.Problem(statusCode: status, title: title, detail: Problems.Bilingual(vi, en),
            extensions: new Dictionary<string, object?> { ["current"] = current.Deleted == 0 ? current.ToResponse() : null });

    /// <summary>The outcome of the checks: what is stored now and who writes, or the answer if the write must stop.</summary>
    public sealed class Prepared(IResult? result)
    {
        public IResult? Result => result;
        public ValueStore.StoredValue? Current { get; init; }
        public ValueStore.Write Write { get; init; } = null!;
    }
}
