using System.Reflection;
using System.Text.RegularExpressions;
using EqualityTracker.Api.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EqualityTracker.Tests.Data;

/// <summary>One SQL text of the API: its name (Type.Field), its text, and the type that declares it.</summary>
public sealed record SqlConstant(string Name, string Sql, Type DeclaringType, string Field);

/// <summary>The SQL texts the API can send, found by reflection, and ScriptDom parsing shared by the SQL fixtures.</summary>
public static partial class ApiSql
{
    /// <summary>Every <c>const string</c> in the API whose text is a SQL statement, named Type.Field, and the dialect's statements.</summary>
    public static IReadOnlyList<SqlConstant> Constants { get; } = FindConstants().ToList();

    public static IEnumerable<TestCaseData> Cases() =>
        Constants.Select(c => new TestCaseData(c.Name, c.Sql).SetArgDisplayNames(c.Name));

    /// <summary>Parses T-SQL, as SQL Server 2022 would; <paramref name="errors"/> is empty when it parses.</summary>
    public static TSqlFragment Parse(string sql, out List<string> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var fragment = parser.Parse(new StringReader(sql), out var parseErrors);
        errors = parseErrors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList();
        return fragment;
    }

    /// <summary>Parses a SQL text of the API, with Dapper's <c>IN @Ids</c> written as the one-parameter list <c>IN (@Ids)</c>.</summary>
    public static TSqlFragment ParseStatement(string sql)
    {
        var fragment = Parse(DapperList().Replace(sql, "IN (@$1)"), out var errors);
        Assert.That(errors, Is.Empty, "the SQL must parse before it can be checked");
        return fragment;
    }

    /// <summary>Dapper rewrites <c>IN @Ids</c> into <c>IN (@Ids1, @Ids2, …)</c> before sending; this is what is sent.</summary>
    public static string ExpandDapperLists(string sql) => DapperList().Replace(sql, "IN (@$1_1, @$1_2)");

    private static IEnumerable<SqlConstant> FindConstants()
    {
        var assembly = typeof(SqlServerDialect).Assembly;
        foreach (var type in assembly.GetTypes())
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (field is { IsLiteral: true } && field.FieldType == typeof(string) && field.GetRawConstantValue() is string text && SqlStart().IsMatch(text))
                {
                    yield return new SqlConstant($"{ShortName(type)}.{field.Name}", text, type, field.Name);
                }
            }

            if (type != typeof(SqlServerDialect))
            {
                continue;
            }

            var dialect = new SqlServerDialect();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
            {
                // A null statement (SQL Server needs none there) sends nothing, so there is nothing to parse.
                if (property.GetValue(dialect) is string statement)
                {
                    yield return new SqlConstant($"SqlServerDialect.{property.Name}", statement, type, property.Name);
                }
            }

            yield return new SqlConstant("SqlServerDialect.InsertReturningId", dialect.InsertReturningId("uploads", ["file_name", "uploaded_by"]), type, "InsertReturningId");
            yield return new SqlConstant("SqlServerDialect.InsertIfAbsent", dialect.InsertIfAbsent("data_values", ["measure_code", "area_code"], ["measure_code"]), type, "InsertIfAbsent");
        }
    }

    private static string ShortName(Type type) =>
        (type.FullName ?? type.Name).Replace("EqualityTracker.Api.Features.", "", StringComparison.Ordinal)
            .Replace("EqualityTracker.Api.Data.", "", StringComparison.Ordinal)
            .Replace("EqualityTracker.Api.", "", StringComparison.Ordinal)
            .Replace('+', '.');

    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|MERGE|CREATE|IF)\s", RegexOptions.IgnoreCase)]
    private static partial Regex SqlStart();

    [GeneratedRegex(@"IN\s+@(\w+)")]
    private static partial Regex DapperList();
}
