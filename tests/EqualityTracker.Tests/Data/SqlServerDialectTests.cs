using EqualityTracker.Api.Shapes;
using EqualityTracker.Api.Data;

namespace EqualityTracker.Tests.Data;

/// <summary>
/// There is no SQL Server on the build machines, so every T-SQL text the product can send is at least parsed by
/// Microsoft's own parser: the SQL Server migrations, and every SQL constant in the API (the shared SQL runs there too).
/// </summary>
public sealed class SqlServerDialectTests
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
        Assert.That(names, Has.Some.StartsWith("Shapes.TargetResponse."));
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
        ApiSql.Parse(sql, out var errors);
        return errors;
    }

    private static string ExpandDapperLists(string sql) => ApiSql.ExpandDapperLists(sql);

    private static IEnumerable<(string Name, string Sql)> SqlConstants() => ApiSql.Constants.Select(c => (c.Name, c.Sql));
}
