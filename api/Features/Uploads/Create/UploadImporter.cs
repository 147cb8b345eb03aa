using System.Data;
using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using NodaTime;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>Checks and writes an uploaded file: every row or none, the same file twice changing nothing.</summary>
/// <remarks>
/// One pass over the file inside one transaction: each valid row is written with a prepared insert-if-absent, then,
/// when the key existed, the current row is copied to history and updated only if its value or note changed (or it
/// was deleted) — which is how the summary tells inserted, updated and unchanged apart, why a second identical upload
/// changes nothing, and how every change an upload makes stays in the value's history. Rules that need other
/// rows and the outlier scan run at the end, still inside the transaction. Any error, or a dry run, rolls it all back.
/// Memory stays flat: rows stream from the file and only a packed key per row is kept (see <see cref="UploadConsistency"/>).
/// </remarks>
public sealed class UploadImporter(Database database, IClock clock, DataVersion data)
{
    public static readonly DateTimeZone VietNam = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static readonly string[] ValueColumns =
        ["measure_code", "area_code", "period", "sex", "value", "note", "source", "entered_by", "entered_at", "upload_id"];

    private static readonly string[] KeyColumns = ["measure_code", "area_code", "period", "sex"];

    private const string InsertUploadSql = """
        INSERT INTO uploads (file_name, uploaded_by, uploaded_at, dry_run, status, row_count, inserted, updated, unchanged, rejected, flagged, blank)
        VALUES (@FileName, @UploadedBy, @UploadedAt, @DryRun, @Status, @Rows, @Inserted, @Updated, @Unchanged, @Rejected, @Flagged, @Blank)
        """;

    private const string UpdateUploadSql = """
        UPDATE uploads
        SET status = @Status, row_count = @Rows, inserted = @Inserted, updated = @Updated, unchanged = @Unchanged,
            rejected = @Rejected, flagged = @Flagged, blank = @Blank
        WHERE id = @UploadId
        """;

    // An upload that changes a value (or brings back a deleted one) first copies the current row into history.
    private const string ArchiveChangedValueSql = """
        INSERT INTO value_history (measure_code, area_code, period, sex, version, value, note, deleted, state, entered_by, entered_at, upload_id, request_id, superseded_at)
        SELECT measure_code, area_code, period, sex, version, value, note, deleted, state, entered_by, entered_at, upload_id, request_id, @EnteredAt
        FROM data_values
        WHERE measure_code = @MeasureCode AND area_code = @AreaCode AND period = @Period AND sex = @Sex
          AND (value <> @Value OR note IS DISTINCT FROM @Note OR deleted = 1)
        """;

    private const string UpdateValueSql = """
        UPDATE data_values
        SET value = @Value, note = @Note, source = @Source, entered_by = @EnteredBy, entered_at = @EnteredAt, upload_id = @UploadId,
            request_id = NULL, version = version + 1, deleted = 0, state = 'approved'
        WHERE measure_code = @MeasureCode AND area_code = @AreaCode AND period = @Period AND sex = @Sex
        """;

    private const string SeriesOfUploadSql = """
        SELECT v.measure_code AS MeasureCode, v.area_code AS AreaCode, v.period AS Period, v.sex AS Sex, v.value AS Value,
               CASE WHEN v.upload_id = @UploadId THEN 1 ELSE 0 END AS IsNew
        FROM data_values v
        JOIN (SELECT DISTINCT measure_code, area_code FROM data_values WHERE upload_id = @UploadId) touched
          ON touched.measure_code = v.measure_code AND touched.area_code = v.area_code
        WHERE v.deleted = 0
        ORDER BY v.measure_code, v.area_code
        """;

    /// <summary>Imports (or, with <paramref name="dryRun"/>, only checks) the file at <paramref name="path"/>.</summary>
    public async Task<Response> ImportAsync(string path, string fileName, bool dryRun, string username, CancellationToken ct = default)
    {
        var now = clock.GetCurrentInstant();
        var report = new Response { FileName = fileName, DryRun = dryRun };
        await using var connection = await database.OpenAsync(ct);
        var catalogue = await MeasureCatalogue.LoadAsync(connection, ct: ct);

        using var file = UploadFile.Open(path, fileName);
        if (file.MissingColumns.Count > 0)
        {
            var missing = string.Join(", ", file.MissingColumns);
            AddIssue(report, report.Errors, new RowIssue(1, missing, null, "missing-columns",
                $"Thiếu cột: {missing}. Cần các cột code (mã), area (địa bàn), period (kỳ), sex (giới tính), value (giá trị), note (ghi chú, không bắt buộc).",
                $"Missing columns: {missing}. Expected code, area, period, sex, value and an optional note."));
            report.Status = "rejected";
            report.UploadId = await RecordAsync(connection, null, report, username, now, ct);
            return report;
        }

        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        report.Status = "validated";
        var uploadId = await RecordAsync(connection, transaction, report, username, now, ct);

        var validator = new UploadRowValidator(catalogue.Measures, catalogue.AreaParents.Keys.ToHashSet(StringComparer.Ordinal),
            now.InZone(VietNam).Date, file.DecimalComma);
        var formulas = catalogue.Formulas.Values.Select(f => f.ToFormula()).ToList();
        var consistency = new UploadConsistency(catalogue.Measures.Values.ToList(), catalogue.AreaParents.Keys, formulas);
        var rejectedRows = new HashSet<int>();
        var rowIssues = new List<RowIssue>();
        using var writer = new ValueWriter(connection, transaction, database.Dialect, fileName, username, now, uploadId);

        foreach (var row in file.Rows())
        {
            if (string.IsNullOrWhiteSpace(row.Value))
            {
                report.Blank++;
                continue;
            }

            report.Rows++;
            rowIssues.Clear();
            var valid = validator.Validate(row, rowIssues);
            if (valid is not null && consistency.Add(valid) is { } firstRow)
            {
                rowIssues.Add(new RowIssue(row.Row, "code", $"{row.Code} {row.Area} {row.Period} {row.Sex}", "duplicate-key",
                    $"Trùng khóa (mã, địa bàn, kỳ, giới tính) với dòng {firstRow}.", $"Same key (code, area, period, sex) as row {firstRow}."));
                valid = null;
            }

            if (valid is null)
            {
                rejectedRows.Add(row.Row);
                rowIssues.ForEach(issue => AddIssue(report, report.Errors, issue));
                continue;
            }

            if (Outliers.OutsideRange(valid) is { } flag)
            {
                AddIssue(report, report.Flags, flag);
                report.Flagged++;
            }

            switch (await writer.WriteAsync(valid, ct))
            {
                case WriteOutcome.Inserted: report.Inserted++; break;
                case WriteOutcome.Updated: report.Updated++; break;
                default: report.Unchanged++; break;
            }
        }

        foreach (var issue in consistency.PartsAboveWholes().OrderBy(i => i.Row))
        {
            rejectedRows.Add(issue.Row);
            AddIssue(report, report.Errors, issue);
        }

        await foreach (var flag in FlagOutliersAsync(connection, transaction, uploadId, consistency, ct))
        {
            AddIssue(report, report.Flags, flag);
            report.Flagged++;
        }

        report.Rejected = rejectedRows.Count;
        report.Errors.Sort((a, b) => a.Row.CompareTo(b.Row));
        report.Flags.Sort((a, b) => a.Row.CompareTo(b.Row));
        if (report.Rejected > 0)
        {
            report.Status = "rejected";
        }

        if (dryRun || report.Rejected > 0)
        {
            await transaction.RollbackAsync(ct);
            report.UploadId = await RecordAsync(connection, null, report, username, now, ct);
            return report;
        }

        report.Status = "imported";
        report.UploadId = uploadId;
        await connection.ExecuteAsync(new CommandDefinition(UpdateUploadSql, Summary(report), transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        data.Bump();
        return report;
    }

    private async Task<int> RecordAsync(DbConnection connection, DbTransaction? transaction, Response report, string username, Instant now, CancellationToken ct)
    {
        var row = new
        {
            report.FileName, UploadedBy = username, UploadedAt = InstantText.Format(now), DryRun = report.DryRun ? 1 : 0,
            report.Status, report.Rows, report.Inserted, report.Updated, report.Unchanged, report.Rejected, report.Flagged, report.Blank,
        };
        await connection.ExecuteAsync(new CommandDefinition(InsertUploadSql, row, transaction, cancellationToken: ct));
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(database.Dialect.SelectLastInsertedId, transaction: transaction, cancellationToken: ct));
    }

    private static object Summary(Response report) => new
    {
        report.UploadId, report.Status, report.Rows, report.Inserted, report.Updated, report.Unchanged,
        report.Rejected, report.Flagged, report.Blank,
    };

    private static void AddIssue(Response report, List<RowIssue> list, RowIssue issue)
    {
        if (list.Count < Response.MaxListed)
        {
            list.Add(issue);
        }
        else
        {
            report.Truncated = true;
        }
    }

    /// <summary>Compares each value this upload wrote with the rest of its series (same measure, area, sex, period length).</summary>
    private static async IAsyncEnumerable<RowIssue> FlagOutliersAsync(
        DbConnection connection, DbTransaction transaction, int uploadId, UploadConsistency rows,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var reader = await connection.ExecuteReaderAsync(new CommandDefinition(SeriesOfUploadSql, new { UploadId = uploadId }, transaction, cancellationToken: ct));
        await using (reader)
        {
            var parser = reader.GetRowParser<SeriesPoint>();
            var group = new List<SeriesPoint>();
            while (await reader.ReadAsync(ct))
            {
                var point = parser(reader);
                if (group.Count > 0 && (group[0].MeasureCode != point.MeasureCode || group[0].AreaCode != point.AreaCode))
                {
                    foreach (var flag in FlagGroup(group, rows))
                    {
                        yield return flag;
                    }

                    group.Clear();
                }

                group.Add(point);
            }

            foreach (var flag in FlagGroup(group, rows))
            {
                yield return flag;
            }
        }
    }

    private static IEnumerable<RowIssue> FlagGroup(List<SeriesPoint> group, UploadConsistency rows)
    {
        foreach (var series in group.GroupBy(p => (p.Sex, Period.Parse(p.Period).Type)))
        {
            var points = series.ToList();
            foreach (var point in points.Where(p => p.IsNew == 1))
            {
                var others = points.Where(p => !ReferenceEquals(p, point)).Select(p => p.Value).ToList();
                var row = rows.RowOf(point.MeasureCode, point.AreaCode, Period.Parse(point.Period), point.Sex) ?? 0;
                if (Outliers.FarFromSeries(row, point.MeasureCode, point.Value, others) is { } flag)
                {
                    yield return flag;
                }
            }
        }
    }

    private sealed class SeriesPoint
    {
        public string MeasureCode { get; init; } = "";
        public string AreaCode { get; init; } = "";
        public string Period { get; init; } = "";
        public string Sex { get; init; } = "";
        public double Value { get; init; }
        public long IsNew { get; init; }
    }

    private enum WriteOutcome
    {
        Inserted,
        Updated,
        Unchanged,
    }

    /// <summary>The two prepared statements a row costs at most, reused for every row.</summary>
    private sealed class ValueWriter : IDisposable
    {
        private readonly DbCommand insert;
        private readonly DbCommand archive;
        private readonly DbCommand update;

        public ValueWriter(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, string source, string user, Instant now, int uploadId)
        {
            insert = Command(connection, transaction, dialect.InsertIfAbsent("data_values", ValueColumns, KeyColumns));
            archive = Command(connection, transaction, ArchiveChangedValueSql);
            update = Command(connection, transaction, UpdateValueSql);
            foreach (var command in new[] { insert, archive, update })
            {
                Set(command, "Source", source);
                Set(command, "EnteredBy", user);
                Set(command, "EnteredAt", InstantText.Format(now));
                Set(command, "UploadId", uploadId);
                command.Prepare();
            }
        }

        public async Task<WriteOutcome> WriteAsync(ValidRow row, CancellationToken ct)
        {
            SetRow(insert, row);
            if (await insert.ExecuteNonQueryAsync(ct) == 1)
            {
                return WriteOutcome.Inserted;
            }

            SetRow(archive, row);
            if (await archive.ExecuteNonQueryAsync(ct) == 0)
            {
                return WriteOutcome.Unchanged;
            }

            SetRow(update, row);
            await update.ExecuteNonQueryAsync(ct);
            return WriteOutcome.Updated;
        }

        private static void SetRow(DbCommand command, ValidRow row)
        {
            var p = command.Parameters;
            p[0].Value = row.Measure.Code;
            p[1].Value = row.Area;
            p[2].Value = row.Period.Id;
            p[3].Value = row.Sex;
            p[4].Value = row.Value;
            p[5].Value = (object?)row.Note ?? DBNull.Value;
        }

        public void Dispose()
        {
            insert.Dispose();
            archive.Dispose();
            update.Dispose();
        }

        private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            // Parameters in ValueColumns order: the six per-row values first (see SetRow), then the per-upload ones.
            foreach (var name in ValueColumns.Select(SqlNames.Parameter))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.DbType = name switch
                {
                    "Value" => DbType.Double,
                    "UploadId" => DbType.Int32,
                    _ => DbType.String,
                };
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
            }

            return command;
        }

        private static void Set(DbCommand command, string name, object? value) =>
            command.Parameters["@" + name].Value = value ?? DBNull.Value;
    }
}
