using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EqualityTracker.Tests.Data;

/// <summary>
/// Dapper sends each command on its own (with parameters, as its own <c>sp_executesql</c> scope), so no SQL text of the API
/// may rely on what an earlier command left in the session or scope: <c>SCOPE_IDENTITY()</c>, <c>@@IDENTITY</c> and
/// <c>IDENT_CURRENT</c> (take the identity from <c>OUTPUT INSERTED</c>), <c>@@ROWCOUNT</c> with no statement before it in
/// the same text that changed rows, temporary tables (<c>#name</c>, <c>##name</c>), and <c>SET</c> of session options.
/// </summary>
public sealed class SqlServerSessionScopeTests
{
    public static IEnumerable<TestCaseData> Statements() => ApiSql.Cases();

    [TestCaseSource(nameof(Statements))]
    public void SqlStatementInCode_ReliesOnNoSessionScope(string name, string sql)
    {
        Assert.That(SessionScopeVisitor.Find(ApiSql.ParseStatement(sql)), Is.Empty, name);
    }

    [TestCase("SELECT CAST(SCOPE_IDENTITY() AS INT)", "SCOPE_IDENTITY()")]
    [TestCase("SELECT * FROM #staging", "#staging")]
    [TestCase("INSERT INTO ##shared (id) VALUES (1)", "##shared")]
    [TestCase("SELECT @@IDENTITY", "@@IDENTITY")]
    [TestCase("SELECT IDENT_CURRENT('uploads')", "IDENT_CURRENT")]
    [TestCase("SELECT @@ROWCOUNT", "@@ROWCOUNT")]
    [TestCase("SET XACT_ABORT ON; SELECT 1", "SET")]
    [TestCase("SET TRANSACTION ISOLATION LEVEL SNAPSHOT", "SET")]
    [TestCase("SET IDENTITY_INSERT uploads ON", "SET")]
    public void Visitor_ReportsSessionScope(string sql, string expected)
    {
        Assert.That(SessionScopeVisitor.Find(ApiSql.ParseStatement(sql)), Has.Some.Contains(expected));
    }

    [TestCase("UPDATE uploads SET status = 'imported' WHERE id = @Id; SELECT @@ROWCOUNT")]
    [TestCase("INSERT INTO uploads (file_name) OUTPUT INSERTED.id VALUES (@FileName)")]
    [TestCase("DECLARE @n INT = 1; SET @n = 2; SELECT @n")]
    [TestCase("UPDATE data_values SET state = @State WHERE area_code = @Area")]
    public void Visitor_AcceptsSelfContainedSql(string sql)
    {
        Assert.That(SessionScopeVisitor.Find(ApiSql.ParseStatement(sql)), Is.Empty);
    }
}

/// <summary>Finds what in a T-SQL text reads state an earlier command would have to have left in the session or scope.</summary>
public sealed class SessionScopeVisitor : TSqlFragmentVisitor
{
    private readonly List<string> found = [];
    private bool rowsChanged;

    public static IReadOnlyList<string> Find(TSqlFragment fragment)
    {
        var visitor = new SessionScopeVisitor();
        fragment.Accept(visitor);
        return visitor.found;
    }

    public override void Visit(FunctionCall node)
    {
        var function = node.FunctionName.Value;
        if (function.Equals("SCOPE_IDENTITY", StringComparison.OrdinalIgnoreCase) || function.Equals("IDENT_CURRENT", StringComparison.OrdinalIgnoreCase))
        {
            Report(node, $"{function.ToUpperInvariant()}(): the identity of another scope; use OUTPUT INSERTED");
        }
    }

    public override void Visit(GlobalVariableExpression node)
    {
        if (node.Name.Equals("@@IDENTITY", StringComparison.OrdinalIgnoreCase))
        {
            Report(node, "@@IDENTITY: the identity of another command; use OUTPUT INSERTED");
        }
        else if (node.Name.Equals("@@ROWCOUNT", StringComparison.OrdinalIgnoreCase) && !rowsChanged)
        {
            Report(node, "@@ROWCOUNT with no statement before it in this text that changed rows");
        }
    }

    // Every statement that changes rows; @@ROWCOUNT read after one of them, in the same text, is its own.
    public override void ExplicitVisit(InsertStatement node) => AfterChange(() => base.ExplicitVisit(node));

    public override void ExplicitVisit(UpdateStatement node) => AfterChange(() => base.ExplicitVisit(node));

    public override void ExplicitVisit(DeleteStatement node) => AfterChange(() => base.ExplicitVisit(node));

    public override void ExplicitVisit(MergeStatement node) => AfterChange(() => base.ExplicitVisit(node));

    public override void Visit(SchemaObjectName node)
    {
        if (node.BaseIdentifier?.Value is { } table && table.StartsWith('#'))
        {
            Report(node, $"temporary table {table}: it belongs to another session or scope");
        }
    }

    public override void Visit(PredicateSetStatement node) => Report(node, "SET of a session option");

    public override void Visit(SetCommandStatement node) => Report(node, "SET of a session option");

    public override void Visit(SetTransactionIsolationLevelStatement node) => Report(node, "SET TRANSACTION ISOLATION LEVEL: a session option");

    public override void Visit(SetIdentityInsertStatement node) => Report(node, "SET IDENTITY_INSERT: a session option");

    public override void Visit(SetRowCountStatement node) => Report(node, "SET ROWCOUNT: a session option");

    public override void Visit(SetTextSizeStatement node) => Report(node, "SET TEXTSIZE: a session option");

    public override void Visit(SetStatisticsStatement node) => Report(node, "SET STATISTICS: a session option");

    public override void Visit(SetOffsetsStatement node) => Report(node, "SET OFFSETS: a session option");

    public override void Visit(SetErrorLevelStatement node) => Report(node, "SET of a session option");

    private void AfterChange(Action visit)
    {
        visit();
        rowsChanged = true;
    }

    private void Report(TSqlFragment node, string what) => found.Add($"line {node.StartLine}: {what}");
}
