using System.Data;
using System.Data.Common;
using System.Security.Claims;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using NodaTime;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>Checks and writes an uploaded file: every row or none, the same file twice changing nothing.</summary>
/// <remarks>
/// <para>Two phases, so that the write lock is held only to write. <b>Check</b>, with no write lock: the file streams
/// row by row through every rule; valid rows go to a staging table private to this upload (on SQLite a <c>TEMP</c>
/// table of the connection, on SQL Server rows of <c>upload_staging</c> under this upload's token, sent with SqlBulkCopy:
/// see <see cref="StagingWriter"/>), and the rules that
/// need the stored data — what each row would insert, change or leave, which rows would replace a value entered by hand,
/// and the outliers against each series — are read from the staged rows and the values. A dry run ends here.
/// <b>Write</b>, only when nothing was rejected: one short transaction of set-based statements — copy every value about
/// to change into history, update the changed ones, insert the new ones in key order — checked again against the values
/// as they are at that moment.</para>
/// <para>A row that would replace a value entered by hand (a department's draft, submitted or approved value, or a
/// coordinator's correction) is imported only when the uploader confirms its row number; otherwise nothing is written
/// and the report lists those rows, so an upload never silently resets a review.</para>
/// <para>Memory stays flat: rows stream from the file and only a packed key per row is kept (see <see cref="UploadConsistency"/>).
/// The client going away cancels the work at the next row or statement.</para>
/// </remarks>
public sealed class UploadImporter(Database database, WriteScopes writes, CatalogueCache catalogues, ValueScope scope, IClock clock, ILogger<UploadImporter> logger)
{
    private static readonly string[] UploadColumns =
        ["file_name", "uploaded_by", "uploaded_at", "dry_run", "status", "row_count", "inserted", "updated", "unchanged", "rejected", "flagged", "blank"];

    private const string PeriodsSql = "SELECT DISTINCT period FROM upload_staging WHERE token = @Token";

    // What the upload changes, for data_changes: each staged (area, period), under the version being committed.
    private const string RecordChangesSql = """
        INSERT INTO data_changes (version, area_code, period)
        SELECT DISTINCT v.version, s.area_code, s.period
        FROM upload_staging s
        CROSS JOIN data_version v
        WHERE s.token = @Token AND v.id = 1
        """;

    private const string ClearStagingSql = "DELETE FROM upload_staging WHERE token = @Token";

    // A staged row changes the stored one when the value or the note differs, or when the stored one was deleted.
    private const string CountsSql = """
        SELECT COUNT(*) AS Staged,
               COALESCE(SUM(CASE WHEN v.measure_code IS NULL THEN 1 ELSE 0 END), 0) AS Inserted,
               COALESCE(SUM(CASE WHEN v.measure_code IS NOT NULL
                                  AND (v.deleted = 1 OR v.value <> s.value
                                       OR (v.note IS NULL AND s.note IS NOT NULL) OR (v.note IS NOT NULL AND s.note IS NULL) OR v.note <> s.note)
                            THEN 1 ELSE 0 END), 0) AS Updated
        FROM upload_staging s
        LEFT JOIN data_values v
          ON v.measure_code = s.measure_code AND v.area_code = s.area_code AND v.period = s.period AND v.sex = s.sex
        WHERE s.token = @Token
        """;

    // Stored values the upload would change (not those it would bring back from deletion), with what decides whether
    // the change needs confirming: entered by hand, or in a period that has locked.
    private const string ChangedSql = """
        SELECT s.row_number AS RowNumber, s.measure_code AS Code, s.area_code AS Area, s.period AS Period, s.sex AS Sex,
               s.value AS Value, v.value AS CurrentValue, v.state AS State, v.entered_by AS EnteredBy, s.confirmed AS ConfirmedFlag,
               CASE WHEN v.source = @HandEntered THEN 1 ELSE 0 END AS HandEnteredFlag
        FROM upload_staging s
        JOIN data_values v
          ON v.measure_code = s.measure_code AND v.area_code = s.area_code AND v.period = s.period AND v.sex = s.sex
        WHERE s.token = @Token AND v.deleted = 0
          AND (v.value <> s.value OR (v.note IS NULL AND s.note IS NOT NULL) OR (v.note IS NOT NULL AND s.note IS NULL) OR v.note <> s.note)
        ORDER BY s.row_number
        """;

    // The series each staged value belongs to, as they would stand after the upload: stored values not replaced, and
    // the staged ones (row_number > 0), grouped by measure and area.
    private const string SeriesSql = """
        SELECT v.measure_code AS MeasureCode, v.area_code AS AreaCode, v.period AS Period, v.sex AS Sex, v.value AS Value, 0 AS RowNumber
        FROM (SELECT DISTINCT measure_code, area_code FROM upload_staging WHERE token = @Token) touched
        JOIN data_values v ON v.measure_code = touched.measure_code AND v.area_code = touched.area_code
        WHERE v.deleted = 0
          AND NOT EXISTS (SELECT 1 FROM upload_staging s
                          WHERE s.token = @Token AND s.measure_code = v.measure_code AND s.area_code = v.area_code
                            AND s.period = v.period AND s.sex = v.sex)
        UNION ALL
        SELECT measure_code, area_code, period, sex, value, row_number
        FROM upload_staging
        WHERE token = @Token
        ORDER BY MeasureCode, AreaCode
        """;

    private const string ArchiveSql = """
        INSERT INTO value_history (measure_code, area_code, period, sex, version, value, note, deleted, state, entered_by, entered_at, upload_id, request_id, superseded_at)
        SELECT v.measure_code, v.area_code, v.period, v.sex, v.version, v.value, v.note, v.deleted, v.state, v.entered_by, v.entered_at, v.upload_id, v.request_id, @EnteredAt
        FROM upload_staging s
        JOIN data_values v
          ON v.measure_code = s.measure_code AND v.area_code = s.area_code AND v.period = s.period AND v.sex = s.sex
        WHERE s.token = @Token
          AND (v.deleted = 1 OR v.value <> s.value OR (v.note IS NULL AND s.note IS NOT NULL) OR (v.note IS NOT NULL AND s.note IS NULL) OR v.note <> s.note)
        """;

    private const string UpdateSql = """
        UPDATE data_values
        SET value = s.value, note = s.note, source = @Source, entered_by = @EnteredBy, entered_at = @EnteredAt, upload_id = @UploadId,
            request_id = NULL, version = data_values.version + 1, deleted = 0, state = @Approved
        FROM upload_staging s
        WHERE s.token = @Token
          AND data_values.measure_code = s.measure_code AND data_values.area_code = s.area_code
          AND data_values.period = s.period AND data_values.sex = s.sex
          AND (data_values.deleted = 1 OR data_values.value <> s.value
               OR (data_values.note IS NULL AND s.note IS NOT NULL) OR (data_values.note IS NOT NULL AND s.note IS NULL) OR data_values.note <> s.note)
        """;

    private const string InsertSql = """
        INSERT INTO data_values (measure_code, area_code, period, sex, value, note, source, entered_by, entered_at, upload_id, version, deleted, state)
        SELECT s.measure_code, s.area_code, s.period, s.sex, s.value, s.note, @Source, @EnteredBy, @EnteredAt, @UploadId, 1, 0, @Approved
        FROM upload_staging s
        WHERE s.token = @Token
          AND NOT EXISTS (SELECT 1 FROM data_values v
                          WHERE v.measure_code = s.measure_code AND v.area_code = s.area_code AND v.period = s.period AND v.sex = s.sex)
        ORDER BY s.measure_code, s.area_code, s.period, s.sex
        """;

    /// <summary>
    /// Imports (or, with <paramref name="dryRun"/>, only checks) the file at <paramref name="path"/>. <paramref name="confirmed"/>
    /// holds the row numbers the uploader confirmed may replace values entered by hand or of a locked period (null: all of them).
    /// </summary>
    /// <exception cref="UploadFileException">The file cannot be read as a table (empty, corrupt, beyond limits…).</exception>
    public async Task<Response> ImportAsync(
        string path, string fileName, bool dryRun, IReadOnlySet<int>? confirmed, ClaimsPrincipal user, UploadFileLimits limits, CancellationToken ct = default)
    {
        var now = clock.GetCurrentInstant();
        var report = new Response { FileName = fileName, DryRun = dryRun };
        var token = Guid.NewGuid().ToString("N");
        await using var connection = await database.OpenAsync(ct);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await StageAsync(connection, path, fileName, token, confirmed, user, limits, now, report, ct);
            logger.LogInformation("Upload {File}: {Rows} rows checked and staged in {Seconds:F1} s", fileName, report.Rows, watch.Elapsed.TotalSeconds);
            if (dryRun || report.Status == UploadStatuses.Rejected)
            {
                if (!dryRun)
                {
                    report.UploadId = await RecordRejectedAsync(report, user.Username(), now, ct);
                }

                return report;
            }

            watch.Restart();
            await WriteAsync(connection, token, fileName, user.Username(), now, report, ct);
            logger.LogInformation("Upload {File}: written in {Seconds:F1} s (the write lock's time)", fileName, watch.Elapsed.TotalSeconds);
            return report;
        }
        finally
        {
            await ClearStagingAsync(connection, token);
        }
    }

    /// <summary>The check phase: parse, validate and stage every row, then read what the upload would do. No write lock.</summary>
    private async Task StageAsync(
        DbConnection connection, string path, string fileName, string token, IReadOnlySet<int>? confirmed, ClaimsPrincipal user,
        UploadFileLimits limits, Instant now, Response report, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync();
        using var file = UploadFile.Open(path, fileName, limits);
        if (file.MissingColumns.Count > 0)
        {
            var missing = string.Join(", ", file.MissingColumns);
            AddIssue(report, report.Errors, new RowIssue(1, missing, null, "missing-columns",
                $"Thiếu cột: {missing}. Cần các cột code (mã), area (địa bàn), period (kỳ), sex (giới tính), value (giá trị), note (ghi chú, không bắt buộc).",
                $"Missing columns: {missing}. Expected code, area, period, sex, value and an optional note."));
            report.Rejected = 1;
            report.Status = UploadStatuses.Rejected;
            return;
        }

        if (database.Dialect.StagingSetup is { } setup)
        {
            await connection.ExecuteAsync(new CommandDefinition(setup, cancellationToken: ct));
        }

        var home = UserScope.HomeArea(user);
        var validator = new UploadRowValidator(catalogue.Measures, catalogue.AreaParents.Keys.ToHashSet(StringComparer.Ordinal),
            ReportingCalendar.Today(now), file.DecimalComma);
        var formulas = catalogue.Formulas.Values.Select(f => f.ToFormula()).ToList();
        var consistency = new UploadConsistency(catalogue.Measures.Values.ToList(), catalogue.AreaParents.Keys, formulas);
        var rejectedRows = new HashSet<int>();
        var rowIssues = new List<RowIssue>();
        await using (var staging = await database.Dialect.BeginStagingAsync(connection, ct))
        {
            await using var stage = StagingWriter.Create(database.Dialect, connection, staging, token);
            foreach (var row in file.Rows())
            {
                ct.ThrowIfCancellationRequested();
                if (string.IsNullOrWhiteSpace(row.Value) && (row.ShapeIssue is null or { Rule: "missing-fields", Column: "note" }))
                {
                    report.Blank++;
                    continue;
                }

                report.Rows++;
                rowIssues.Clear();
                // A row that leaves out only the optional note, as a spreadsheet does after the last filled cell, is whole.
                if (row.ShapeIssue is { } shape && shape is not { Rule: "missing-fields", Column: "note" })
                {
                    rowIssues.Add(shape);
                }

                var valid = validator.Validate(Areas.AreaDates.ResolveRow(catalogue.Map, row, rowIssues), rowIssues);
                if (valid is not null && !UserScope.Covers(catalogue, home, valid.Area))
                {
                    rowIssues.Add(new RowIssue(row.Row, "area", row.Area, "area-out-of-scope",
                        $"Địa bàn {valid.Area} không thuộc địa bàn {home} của tài khoản này.", $"Area {valid.Area} is outside this account's area {home}."));
                    valid = null;
                }

                if (valid is not null && rowIssues.Count > 0)
                {
                    valid = null;
                }

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

                await stage.AddAsync(valid, confirmed?.Contains(valid.Row) ?? true, ct);
            }

            await stage.CompleteAsync(ct);
            await staging.CommitAsync(ct);
        }

        foreach (var issue in consistency.PartsAboveWholes().OrderBy(i => i.Row))
        {
            rejectedRows.Add(issue.Row);
            AddIssue(report, report.Errors, issue);
        }

        report.Rejected = rejectedRows.Count;
        if (report.Rows == 0)
        {
            AddIssue(report, report.Errors, new RowIssue(1, "", null, "no-data-rows",
                "Tệp không có dòng số liệu nào dưới dòng tiêu đề.", "The file has no data rows below its header."));
            report.Rejected = 1;
        }

        if (report.Rejected > 0)
        {
            report.Status = UploadStatuses.Rejected;
            SortLists(report);
            return;
        }

        var checks = System.Diagnostics.Stopwatch.StartNew();
        await CountAsync(connection, null, token, report, ct);
        var counted = checks.Elapsed.TotalSeconds;
        await foreach (var flag in FlagOutliersAsync(connection, token, ct))
        {
            AddIssue(report, report.Flags, flag);
            report.Flagged++;
        }

        logger.LogInformation("Upload {File}: counted in {Counted:F1} s, outliers in {Outliers:F1} s", fileName, counted, checks.Elapsed.TotalSeconds - counted);
        SortLists(report);
        // A dry run lists the replacements and validates; a real upload stops until each is confirmed.
        report.Status = !report.DryRun && report.Unconfirmed > 0 ? UploadStatuses.Rejected : UploadStatuses.Validated;
    }

    /// <summary>The write phase: one short transaction of set-based statements, checked again against the stored values.</summary>
    private async Task WriteAsync(DbConnection connection, string token, string fileName, string username, Instant now, Response report, CancellationToken ct)
    {
        await using var work = await writes.BeginOnAsync(connection, ct);
        var transaction = work.Transaction;
        await CountAsync(connection, transaction, token, report, ct);
        if (report.Unconfirmed > 0)
        {
            report.Status = UploadStatuses.Rejected;
            return;
        }

        var upload = new
        {
            report.FileName, UploadedBy = username, UploadedAt = InstantText.Format(now), DryRun = 0, Status = UploadStatuses.Imported,
            RowCount = report.Rows, report.Inserted, report.Updated, report.Unchanged, report.Rejected, report.Flagged, report.Blank,
        };
        var uploadId = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            database.Dialect.InsertReturningId("uploads", UploadColumns), upload, transaction, cancellationToken: ct));
        var write = new
        {
            Token = token, Source = fileName, EnteredBy = username, EnteredAt = InstantText.Format(now), UploadId = uploadId,
            Approved = ReviewStates.Approved,
        };
        // The counts were taken inside this transaction, so a statement with nothing to do is skipped.
        if (report.Updated > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(ArchiveSql, write, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(UpdateSql, write, transaction, cancellationToken: ct));
        }

        if (report.Inserted > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertSql, write, transaction, cancellationToken: ct));
        }

        work.Changes.Statement(tx => new CommandDefinition(RecordChangesSql, new { Token = token }, tx));
        await work.CommitAsync();
        report.UploadId = uploadId;
        report.Status = UploadStatuses.Imported;
    }

    /// <summary>What the staged rows would insert, change or leave, and which changes need confirming.</summary>
    private async Task CountAsync(DbConnection connection, DbTransaction? transaction, string token, Response report, CancellationToken ct)
    {
        var counts = await connection.QuerySingleAsync<Counts>(new CommandDefinition(CountsSql, new { Token = token }, transaction, cancellationToken: ct));
        report.Inserted = (int)counts.Inserted;
        report.Updated = (int)counts.Updated;
        report.Unchanged = (int)(counts.Staged - counts.Inserted - counts.Updated);
        report.Replacements.Clear();
        report.Unconfirmed = 0;
        if (report.Updated == 0)
        {
            return;
        }

        var catalogue = await catalogues.GetAsync();
        var periods = await connection.QueryAsync<string>(new CommandDefinition(PeriodsSql, new { Token = token }, transaction, cancellationToken: ct));
        var locks = await LockedPeriods.LoadAsync(connection, transaction, catalogue, scope, clock.GetCurrentInstant(), periods.AsList(), ct);
        var changed = connection.QueryUnbufferedAsync<Replacement>(ChangedSql, new { Token = token, HandEntered = ValueStore.HandEnteredSource }, transaction);
        await foreach (var row in changed.WithCancellation(ct))
        {
            row.LockedIn = locks.LockedIn(row.Code, row.Area, row.Period);
            if (row.HandEnteredFlag == 0 && row.LockedIn is null)
            {
                continue;
            }

            report.Unconfirmed += row.Confirmed ? 0 : 1;
            if (report.Replacements.Count < Response.MaxListed)
            {
                report.Replacements.Add(row);
            }
            else
            {
                report.Truncated = true;
            }
        }
    }

    private async Task<int> RecordRejectedAsync(Response report, string username, Instant now, CancellationToken ct)
    {
        await using var work = await writes.BeginAsync(ct);
        var row = new
        {
            report.FileName, UploadedBy = username, UploadedAt = InstantText.Format(now), DryRun = 0, Status = UploadStatuses.Rejected,
            RowCount = report.Rows, report.Inserted, report.Updated, report.Unchanged, report.Rejected, report.Flagged, report.Blank,
        };
        var id = await work.Connection.ExecuteScalarAsync<int>(new CommandDefinition(
            database.Dialect.InsertReturningId("uploads", UploadColumns), row, work.Transaction, cancellationToken: ct));
        work.Changes.Nothing();
        await work.CommitAsync();
        return id;
    }

    private async Task ClearStagingAsync(DbConnection connection, string token)
    {
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(ClearStagingSql, new { Token = token }));
            if (database.Dialect.StagingTeardown is { } teardown)
            {
                await connection.ExecuteAsync(new CommandDefinition(teardown));
            }
        }
        catch (DbException)
        {
            // The staging table does not exist (the file was refused before staging) or the connection is broken.
        }
    }

    private static void SortLists(Response report)
    {
        report.Errors.Sort((a, b) => a.Row.CompareTo(b.Row));
        report.Flags.Sort((a, b) => a.Row.CompareTo(b.Row));
    }

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

    /// <summary>Compares each staged value with the rest of its series (same measure, area, sex, period length).</summary>
    private static async IAsyncEnumerable<RowIssue> FlagOutliersAsync(
        DbConnection connection, string token, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var reader = await connection.ExecuteReaderAsync(new CommandDefinition(SeriesSql, new { Token = token }, cancellationToken: ct));
        await using (reader)
        {
            var parser = reader.GetRowParser<SeriesPoint>();
            var group = new List<SeriesPoint>();
            while (await reader.ReadAsync(ct))
            {
                var point = parser(reader);
                if (group.Count > 0 && (group[0].MeasureCode != point.MeasureCode || group[0].AreaCode != point.AreaCode))
                {
                    foreach (var flag in FlagGroup(group))
                    {
                        yield return flag;
                    }

                    group.Clear();
                }

                group.Add(point);
            }

            foreach (var flag in FlagGroup(group))
            {
                yield return flag;
            }
        }
    }

    private static IEnumerable<RowIssue> FlagGroup(List<SeriesPoint> group)
    {
        foreach (var series in group.GroupBy(p => (p.Sex, Period.Parse(p.Period).Type)))
        {
            var points = series.ToList();
            foreach (var point in points.Where(p => p.RowNumber > 0))
            {
                var others = points.Where(p => !ReferenceEquals(p, point)).Select(p => p.Value).ToList();
                if (Outliers.FarFromSeries((int)point.RowNumber, point.MeasureCode, point.Value, others) is { } flag)
                {
                    yield return flag;
                }
            }
        }
    }

    private sealed class Counts
    {
        public long Staged { get; init; }
        public long Inserted { get; init; }
        public long Updated { get; init; }
    }

    private sealed class SeriesPoint
    {
        public string MeasureCode { get; init; } = "";
        public string AreaCode { get; init; } = "";
        public string Period { get; init; } = "";
        public string Sex { get; init; } = "";
        public double Value { get; init; }
        public long RowNumber { get; init; }
    }
}
