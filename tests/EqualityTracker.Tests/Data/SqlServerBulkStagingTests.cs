using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Uploads.Create;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EqualityTracker.Tests.Data;

/// <summary>
/// SQL Server stages uploads with SqlBulkCopy, columns mapped by name: the mapping is checked against the table the
/// T-SQL migrations create — every column named exactly, of a type that takes the .NET value, nullable only where the
/// table is — and against SQLite's TEMP staging table, so both engines stage the same columns.
/// </summary>
public sealed partial class SqlServerBulkStagingTests
{
    [Test]
    public void BulkCopyColumns_AreExactlyTheStagingTableOfTheMigrations_WithMatchingTypesAndNullability()
    {
        // Arrange
        var table = StagingTableOfTheMigrations();

        // Act
        var mapped = StagingWriter.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);

        // Assert
        Assert.That(mapped.Keys, Is.EquivalentTo(table.Keys), "SqlBulkCopy maps by name: every column, spelled as the migration spells it");
        foreach (var (name, (type, nullable)) in table)
        {
            Assert.That(Accepts(type, mapped[name].Type), Is.True, $"{name}: {type} takes a {mapped[name].Type.Name}");
            Assert.That(mapped[name].Nullable, Is.EqualTo(nullable), $"{name}: nullable as in the migration");
        }
    }

    [Test]
    public void SqliteStagingTable_HasTheSameColumns()
    {
        var columns = SqliteColumn().Matches(new SqliteDialect().StagingSetup!).Select(m => m.Groups[1].Value).ToList();

        Assert.That(columns, Is.EqualTo(StagingWriter.Columns.Select(c => c.Name).ToList()));
    }

    [Test]
    public void OnlySqlServer_StagesByBulkCopy()
    {
        Assert.That(new SqlServerDialect().StagesByBulkCopy, Is.True);
        Assert.That(new SqliteDialect().StagesByBulkCopy, Is.False);
    }

    /// <summary>The columns of the staging table as the SQL Server migrations create it: name → (type, nullable).</summary>
    private static Dictionary<string, (string Type, bool Nullable)> StagingTableOfTheMigrations()
    {
        var dialect = new SqlServerDialect();
        var create = MigrationScript.LoadEmbedded(DatabaseProvider.SqlServer)
            .SelectMany(script => dialect.SplitBatches(script.Sql))
            .Select(batch => ApiSql.Parse(batch, out _))
            .SelectMany(Statements)
            .OfType<CreateTableStatement>()
            .Single(t => t.SchemaObjectName.BaseIdentifier.Value == BulkStagingWriter.Table);
        return create.Definition.ColumnDefinitions.ToDictionary(
            c => c.ColumnIdentifier.Value,
            c => (((SqlDataTypeReference)c.DataType).SqlDataTypeOption.ToString(),
                  !c.Constraints.OfType<NullableConstraintDefinition>().Any(n => !n.Nullable) && !IsKey(create, c.ColumnIdentifier.Value)),
            StringComparer.Ordinal);
    }

    private static IEnumerable<TSqlStatement> Statements(TSqlFragment fragment) =>
        fragment is TSqlScript script ? script.Batches.SelectMany(b => b.Statements) : [];

    private static bool IsKey(CreateTableStatement table, string column) =>
        table.Definition.TableConstraints.OfType<UniqueConstraintDefinition>()
            .Any(k => k.IsPrimaryKey && k.Columns.Any(c => c.Column.MultiPartIdentifier.Identifiers.Last().Value == column));

    private static bool Accepts(string sqlType, Type type) => (sqlType, type) switch
    {
        ("NVarChar" or "VarChar" or "NChar" or "Char", _) => type == typeof(string),
        ("Int", _) => type == typeof(int),
        ("BigInt", _) => type == typeof(long) || type == typeof(int),
        ("Float", _) => type == typeof(double),
        _ => false,
    };

    [GeneratedRegex(@"^\s+(\w+)\s+(?:TEXT|INTEGER|REAL)\b", RegexOptions.Multiline)]
    private static partial Regex SqliteColumn();
}

/// <summary>An upload of more rows than one bulk-copy batch is staged and written whole, on every engine.</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class LargeUploadStagingTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task AnUploadOfMoreRowsThanOneBatch_IsStagedAndWrittenWhole()
    {
        // Arrange: two and a half batches of rows (the seed provinces' 2019 communes, years 1990–2025).
        using var statistics = await SignInAsync("statistics-vn");
        await using var connection = await Database.Database.OpenAsync();
        var communes = (await Dapper.SqlMapper.QueryAsync<string>(connection, "SELECT code FROM areas WHERE level = 3 AND valid_from IS NULL ORDER BY code")).ToList();
        var text = new StringBuilder("code,area,period,sex,value,note\n");
        var rows = 0;
        foreach (var commune in communes)
        {
            for (var year = 1990; year <= 2025 && rows < (BulkStagingWriter.BatchRows * 5 / 2); year++, rows++)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"STATE_AGENCIES,{commune},{year},_T,{10 + (year % 7)},\n");
            }
        }

        // Act
        var response = await statistics.UploadAsync("large.csv", text.ToString());
        var report = await response.ReportAsync();
        var stored = await Dapper.SqlMapper.ExecuteScalarAsync<int>(connection, "SELECT COUNT(*) FROM data_values WHERE measure_code = 'STATE_AGENCIES'");

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), report.ToString());
        Assert.That(rows, Is.GreaterThan(2 * BulkStagingWriter.BatchRows));
        Assert.That(report.Counts().Inserted, Is.EqualTo(rows));
        Assert.That(stored, Is.EqualTo(rows));
    }
}
