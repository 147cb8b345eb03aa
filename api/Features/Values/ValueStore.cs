using EqualityTracker.Api.Shapes;
using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Values;

/// <summary>Reads and writes single values with their versions; every change first copies the current row to history.</summary>
public static class ValueStore
{
    private const string CurrentSql = """
        SELECT measure_code AS Code, area_code AS Area, period AS Period, sex AS Sex, value AS Value, note AS Note,
               state AS State, version AS Version, deleted AS Deleted, entered_by AS EnteredBy, entered_at AS EnteredAt
        FROM data_values
        WHERE measure_code = @Code AND area_code = @Area AND period = @Period AND sex = @Sex
        """;

    private const string ArchiveSql = """
        INSERT INTO value_history (measure_code, area_code, period, sex, version, value, note, deleted, state, entered_by, entered_at, upload_id, request_id, superseded_at)
        SELECT measure_code, area_code, period, sex, version, value, note, deleted, state, entered_by, entered_at, upload_id, request_id, @Now
        FROM data_values
        WHERE measure_code = @Code AND area_code = @Area AND period = @Period AND sex = @Sex AND version = @Version
        """;

    private const string InsertSql = """
        INSERT INTO data_values (measure_code, area_code, period, sex, value, note, source, entered_by, entered_at, request_id, version, deleted, state)
        VALUES (@Code, @Area, @Period, @Sex, @Value, @Note, 'form', @By, @Now, @RequestId, 1, 0, @State)
        """;

    private const string UpdateSql = """
        UPDATE data_values
        SET value = @Value, note = @Note, source = 'form', entered_by = @By, entered_at = @Now, request_id = @RequestId,
            upload_id = NULL, version = version + 1, deleted = @Deleted, state = @State
        WHERE measure_code = @Code AND area_code = @Area AND period = @Period AND sex = @Sex AND version = @Version
        """;

    private const string VersionsSql = """
        SELECT version AS Version, value AS Value, note AS Note, deleted AS Deleted, entered_by AS EnteredBy, entered_at AS EnteredAt,
               upload_id AS UploadId, request_id AS RequestId, state AS State
        FROM value_history
        WHERE measure_code = @Code AND area_code = @Area AND period = @Period AND sex = @Sex
        UNION ALL
        SELECT version, value, note, deleted, entered_by, entered_at, upload_id, request_id, state
        FROM data_values
        WHERE measure_code = @Code AND area_code = @Area AND period = @Period AND sex = @Sex
        """;

    /// <summary>The <c>source</c> of a value entered by hand through the API (a department or the coordinator).</summary>
    public const string HandEnteredSource = "form";

    public static string ETagOf(int version) => ValueResponse.ETagOf(version);

    /// <summary>The URL of one value, as <c>GET /api/values/{code}/{area}/{period}/{sex}</c> serves it.</summary>
    public static string PathOf(ValueKey key) =>
        $"/api/values/{Uri.EscapeDataString(key.Code)}/{Uri.EscapeDataString(key.Area)}/{Uri.EscapeDataString(key.Period)}/{Uri.EscapeDataString(key.Sex)}";

    private const string WriterAgencySql = "SELECT agency_code FROM users WHERE username = @Username";

    /// <summary>The agency of the user who wrote a version (null for uploads by name, demonstration data, unknown users).</summary>
    public static Task<string?> WriterAgencyAsync(DbConnection connection, string username, CancellationToken ct) =>
        connection.ExecuteScalarAsync<string?>(new CommandDefinition(WriterAgencySql, new { Username = username }, cancellationToken: ct));

    /// <summary>403: the user may not read what lies behind an approved value.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult DetailsForbidden() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Không được phép / Forbidden",
        detail: Common.Problems.Bilingual(
            "Ghi chú, người nhập và lịch sử của một giá trị chỉ dành cho cơ quan điều phối, cơ quan thống kê của địa bàn và đơn vị đã nhập.",
            "A value's note, who entered it and its history are for the coordinator, the statistics office of the area and the agency that entered it."));

    public static async Task<StoredValue?> CurrentAsync(DbConnection connection, DbTransaction? transaction, ValueKey key, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<StoredValue>(new CommandDefinition(CurrentSql, Key(key), transaction, cancellationToken: ct));

    public static async Task<IReadOnlyList<ValueVersion>> VersionsAsync(DbConnection connection, ValueKey key, CancellationToken ct) =>
        (await connection.QueryAsync<VersionRow>(new CommandDefinition(VersionsSql, Key(key), cancellationToken: ct)))
            .Select(v => v.ToVersion())
            .ToList();

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, ValueKey key, double value, string? note, Write write, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(InsertSql,
            new { key.Code, key.Area, key.Period, key.Sex, Value = value, Note = note, write.By, write.Now, write.RequestId, write.State }, transaction, cancellationToken: ct));

    /// <summary>Archives version <paramref name="expected"/> and writes the next one; false when the stored version is another.</summary>
    public static async Task<bool> ReplaceAsync(DbConnection connection, DbTransaction transaction, ValueKey key, int expected, double value, string? note, bool deleted, Write write, CancellationToken ct)
    {
        var archived = await connection.ExecuteAsync(new CommandDefinition(ArchiveSql,
            new { key.Code, key.Area, key.Period, key.Sex, Version = expected, write.Now }, transaction, cancellationToken: ct));
        if (archived == 0)
        {
            return false;
        }

        return await connection.ExecuteAsync(new CommandDefinition(UpdateSql,
            new { key.Code, key.Area, key.Period, key.Sex, Version = expected, Value = value, Note = note, Deleted = deleted ? 1 : 0, write.By, write.Now, write.RequestId, write.State },
            transaction, cancellationToken: ct)) == 1;
    }

    private static object Key(ValueKey key) => new { key.Code, key.Area, key.Period, key.Sex };

    /// <summary>Who writes, when (stored-instant text), through which request, and the state the value takes.</summary>
    public sealed record Write(string By, string Now, string RequestId, string State);

    public sealed class StoredValue
    {
        public string Code { get; init; } = "";
        public string Area { get; init; } = "";
        public string Period { get; init; } = "";
        public string Sex { get; init; } = "";
        public double Value { get; init; }
        public string? Note { get; init; }
        public string State { get; init; } = "";
        public int Version { get; init; }
        public long Deleted { get; init; }
        public string EnteredBy { get; init; } = "";
        public string EnteredAt { get; init; } = "";

        public ValueResponse ToResponse() => new()
        {
            Code = Code, Area = Area, Period = Period, Sex = Sex, Value = Value, Note = Note, State = State, Version = Version,
            EnteredBy = EnteredBy, EnteredAt = InstantText.Parse(EnteredAt),
        };
    }

    /// <summary>A stored version as Dapper reads it, from history or the current row.</summary>
    public sealed class VersionRow
    {
        public string Code { get; init; } = "";
        public string Area { get; init; } = "";
        public string Period { get; init; } = "";
        public string Sex { get; init; } = "";
        public string State { get; init; } = "";

        public ValueVersion ToVersion() => new(Version, Value, Note, Deleted != 0, EnteredBy, EnteredAt, UploadId, RequestId, State);

        public int Version { get; init; }
        public double Value { get; init; }
        public string? Note { get; init; }
        public long Deleted { get; init; }
        public string EnteredBy { get; init; } = "";
        public string EnteredAt { get; init; } = "";
        public int? UploadId { get; init; }
        public string? RequestId { get; init; }
    }
}
