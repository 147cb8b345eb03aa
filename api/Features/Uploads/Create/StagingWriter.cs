using System.Data;
using System.Data.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using Microsoft.Data.SqlClient;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>Writes an upload's checked rows into the staging table <c>upload_staging</c>, under the upload's token.</summary>
/// <remarks>
/// SQLite stages into a TEMP table of the connection with one prepared INSERT reused for every row (nothing is faster
/// in-process). SQL Server stages with <see cref="SqlBulkCopy"/> in batches of <see cref="BulkStagingWriter.BatchRows"/>
/// rows — one round trip per batch instead of one per row —, columns mapped by name (<see cref="Columns"/>, checked
/// against the T-SQL migration by a test). Either way the values are then written from the staged rows by the same
/// set-based statements (<see cref="UploadImporter"/>).
/// </remarks>
public abstract class StagingWriter : IAsyncDisposable
{
    /// <summary>The staging table's columns, as both writers fill them: name, .NET type, nullable.</summary>
    public static readonly IReadOnlyList<(string Name, Type Type, bool Nullable)> Columns =
    [
        ("token", typeof(string), false), ("row_number", typeof(int), false), ("measure_code", typeof(string), false),
        ("area_code", typeof(string), false), ("period", typeof(string), false), ("sex", typeof(string), false),
        ("value", typeof(double), false), ("note", typeof(string), true), ("confirmed", typeof(int), false),
    ];

    /// <summary>The writer the engine stages with, inside <paramref name="transaction"/>.</summary>
    public static StagingWriter Create(ISqlDialect dialect, DbConnection connection, DbTransaction transaction, string token) =>
        dialect.StagesByBulkCopy
            ? new BulkStagingWriter((SqlConnection)connection, (SqlTransaction)transaction, token)
            : new PreparedStagingWriter(connection, transaction, token);

    /// <summary>Stages one row; <paramref name="confirmed"/>: the uploader confirmed it may replace a value entered by hand.</summary>
    public abstract Task AddAsync(ValidRow row, bool confirmed, CancellationToken ct);

    /// <summary>Sends what is still buffered; call before committing the staging transaction.</summary>
    public abstract Task CompleteAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}

/// <summary>SQLite: one prepared INSERT into the TEMP staging table, reused for every row.</summary>
public sealed class PreparedStagingWriter : StagingWriter
{
    private const string StageSql = """
        INSERT INTO upload_staging (token, row_number, measure_code, area_code, period, sex, value, note, confirmed)
        VALUES (@Token, @RowNumber, @MeasureCode, @AreaCode, @Period, @Sex, @Value, @Note, @Confirmed)
        """;

    private readonly DbCommand insert;

    public PreparedStagingWriter(DbConnection connection, DbTransaction transaction, string token)
    {
        insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = StageSql;
        Add("@Token", DbType.String, 32).Value = token;
        Add("@RowNumber", DbType.Int32, 0);
        Add("@MeasureCode", DbType.String, 60);
        Add("@AreaCode", DbType.String, 16);
        Add("@Period", DbType.String, 8);
        Add("@Sex", DbType.String, 2);
        Add("@Value", DbType.Double, 0);
        Add("@Note", DbType.String, UploadRowValidator.MaxNoteLength);
        Add("@Confirmed", DbType.Int32, 0);
        insert.Prepare();
    }

    public override async Task AddAsync(ValidRow row, bool confirmed, CancellationToken ct)
    {
        var p = insert.Parameters;
        p[1].Value = row.Row;
        p[2].Value = row.Measure.Code;
        p[3].Value = row.Area;
        p[4].Value = row.Period.Id;
        p[5].Value = row.Sex;
        p[6].Value = row.Value;
        p[7].Value = (object?)row.Note ?? DBNull.Value;
        p[8].Value = confirmed ? 1 : 0;
        await insert.ExecuteNonQueryAsync(ct);
    }

    public override Task CompleteAsync(CancellationToken ct) => Task.CompletedTask;

    public override async ValueTask DisposeAsync() => await insert.DisposeAsync();

    private DbParameter Add(string name, DbType type, int size)
    {
        var parameter = insert.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        if (size > 0)
        {
            parameter.Size = size;
        }

        parameter.Value = DBNull.Value;
        insert.Parameters.Add(parameter);
        return parameter;
    }
}

/// <summary>SQL Server: rows buffered in a <see cref="DataTable"/> and sent with <see cref="SqlBulkCopy"/>, a batch at a time.</summary>
/// <remarks>Inside the upload's staging transaction (read committed, rows under its own token), without a table lock,
/// so concurrent uploads stage side by side; the constraints of <c>upload_staging</c> are checked.</remarks>
public sealed class BulkStagingWriter : StagingWriter
{
    public const int BatchRows = 10_000;

    /// <summary>The table the rows are copied into (its columns: <see cref="StagingWriter.Columns"/>).</summary>
    public const string Table = "upload_staging";

    private readonly SqlConnection connection;
    private readonly SqlTransaction transaction;
    private readonly string token;
    private readonly DataTable buffer = new(Table);

    public BulkStagingWriter(SqlConnection connection, SqlTransaction transaction, string token)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.token = token;
        foreach (var (name, type, nullable) in Columns)
        {
            buffer.Columns.Add(new DataColumn(name, type) { AllowDBNull = nullable });
        }
    }

    public override async Task AddAsync(ValidRow row, bool confirmed, CancellationToken ct)
    {
        buffer.Rows.Add(token, row.Row, row.Measure.Code, row.Area, row.Period.Id, row.Sex, row.Value, (object?)row.Note ?? DBNull.Value, confirmed ? 1 : 0);
        if (buffer.Rows.Count >= BatchRows)
        {
            await FlushAsync(ct);
        }
    }

    public override Task CompleteAsync(CancellationToken ct) => FlushAsync(ct);

    public override ValueTask DisposeAsync()
    {
        buffer.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (buffer.Rows.Count == 0)
        {
            return;
        }

        using var bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.CheckConstraints, transaction)
        {
            DestinationTableName = Table,
            BatchSize = BatchRows,
            BulkCopyTimeout = 0,
        };
        foreach (var (name, _, _) in Columns)
        {
            bulk.ColumnMappings.Add(name, name);
        }

        await bulk.WriteToServerAsync(buffer, ct);
        buffer.Clear();
    }
}
