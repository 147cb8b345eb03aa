using System.Reflection;
using System.Text.RegularExpressions;
using EqualityTracker.Api.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EqualityTracker.Tests.Data;

/// <summary>
/// There is no SQL Server on the build machines, so every T-SQL text the product can send is at least parsed by
/// Microsoft's own parser: the SQL Server migrations, and every SQL constant in the API (the shared SQL runs there too).
/// </summary>
public sealed partial class SqlServerDialectTests
{
    public static IEnumerable<TestCaseData> Migrations() =>
        MigrationScript.LoadEmbedded(DatabaseProvider.SqlServer)
            .Select(script => new TestCaseData(script.Name, script.Sql).SetArgDisplayNames(script.Name));

    public static IEnumerable<TestCaseData> Statements() =>
        SqlConstants().Select(c => new TestCaseData(c.Name, c.Sql).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(Migrations))]
    public void SqlServerMigration_ParsesAsTSql(string name, string sql)
    {
        foreach (var batch in new SqlServerDialect().SplitBatches(sql))
        {
            Assert.That(ParseErrors(batch), Is.Empty, name);
        }
    }

    [TestCaseSource(nameof(Statements))]
    public void SqlStatementInCode_ParsesAsTSql(string name, string sql)
    {
        Assert.That(ParseErrors(ExpandDapperLists(sql)), Is.Empty, name);
    }

    [Test]
    public void SqlConstants_AreFoundInEveryFeature()
    {
        var names = SqlConstants().Select(c => c.Name).ToList();

        Assert.That(names, Has.Some.StartsWith("Areas.List.Endpoint."));
        Assert.That(names, Has.Some.StartsWith("Plans.ListTargets.Endpoint."));
        Assert.That(names, Has.Some.StartsWith("Targets.TargetResponse."));
        Assert.That(names, Has.Some.Contains("SqlServerDialect"));
        Assert.That(names, Has.Some.StartsWith("MigrationRunner."));
    }

    [Test]
    public void Parser_ReportsBrokenTSql()
    {
        Assert.That(ParseErrors("SELECT code FROM areas WHERE code = @Code LIMIT 1"), Is.Not.Empty);
    }

    private static List<string> ParseErrors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader(sql), out var errors);
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList();
    }

    /// <summary>Dapper rewrites <c>IN @Ids</c> into <c>IN (@Ids1, @Ids2, …)</c> before sending; parse what is sent.</summary>
    private static string ExpandDapperLists(string sql) => DapperList().Replace(sql, "IN (@$1_1, @$1_2)");

    /// <summary>Every <c>const string</c> in the API whose text is a SQL statement, named Type.Field.</summary>
    private static IEnumerable<(string Name, string Sql)> SqlConstants()
    {
        var assembly = typeof(SqlServerDialect).Assembly;
        foreach (var type in assembly.GetTypes())
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (field is { IsLiteral: true } && field.FieldType == typeof(string) && field.GetRawConstantValue() is string text && SqlStart().IsMatch(text))
                {
                    yield return ($"{ShortName(type)}.{field.Name}", text);
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
            {
                // A null statement (SQL Server needs none there) sends nothing, so there is nothing to parse.
                if (type == typeof(SqlServerDialect) && property.GetValue(new SqlServerDialect()) is string statement)
                {
                    yield return ($"SqlServerDialect.{property.Name}", statement);
                }
            }

            if (type == typeof(SqlServerDialect))
            {
                var dialect = new SqlServerDialect();
                yield return ("SqlServerDialect.InsertReturningId", dialect.InsertReturningId("uploads", ["file_name", "uploaded_by"]));
                yield return ("SqlServerDialect.InsertIfAbsent", dialect.InsertIfAbsent("data_values", ["measure_code", "area_code"], ["measure_code"]));
            }
        }
    }

    private static string ShortName(Type type) =>
        (type.FullName ?? type.Name).Replace("EqualityTracker.Api.Features.", "", StringComparison.Ordinal)
            .Replace("EqualityTracker.Api.Data.", "", StringComparison.Ordinal)
            .Replace('+', '.');

    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|MERGE|CREATE|IF)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SqlStart();

    [GeneratedRegex(@"IN\s+@(\w+)")]
    private static partial Regex DapperList();
}
