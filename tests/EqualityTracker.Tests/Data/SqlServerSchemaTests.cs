using EqualityTracker.Api.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EqualityTracker.Tests.Data;

/// <summary>
/// Every table and column a SQL text of the API names exists in the schema the SQL Server migrations create
/// (<c>CREATE TABLE</c> and <c>ALTER TABLE … ADD</c> of <c>db/sqlserver</c>, plus the migration runner's own
/// <c>schema_migrations</c> from <see cref="SqlServerDialect.CreateHistoryTableIfMissing"/>; seeds are ignored).
/// </summary>
/// <remarks>
/// What the resolver understands, and its limits (enough for the SQL the API has; keep it honest when that grows):
/// <list type="bullet">
/// <item>Each SELECT (query specification) is a scope of the tables and aliases of its FROM and JOINs; a subquery also sees
/// the scopes around it (correlation). An INSERT's target is not visible to its SELECT source.</item>
/// <item><c>alias.column</c> must be a column of the aliased table; an unqualified column must be a column of at least one
/// table of its scope or of an enclosing one (ambiguity is not checked: SQL Server would reject it).</item>
/// <item>UPDATE and DELETE see their target and their FROM; INSERT's column list and <c>OUTPUT INSERTED.x</c> / <c>DELETED.x</c>
/// resolve against the target.</item>
/// <item>A derived table (<c>(SELECT …) alias</c>) and a CTE expose the names of their select list (first branch of a UNION);
/// <c>SELECT *</c> in them, and table-valued functions, expose any column.</item>
/// <item>In ORDER BY, a name given by an <c>AS</c> alias anywhere in the text is accepted (the select-list aliases a UNION's ORDER BY uses).</item>
/// <item>Not handled: MERGE, column types, ambiguity, the scoping of derived tables (they see outer scopes, which is lenient).</item>
/// </list>
/// </remarks>
public sealed class SqlServerSchemaTests
{
    private static readonly Lazy<SqlSchema> Schema = new(SqlSchema.FromMigrations);

    public static IEnumerable<TestCaseData> Statements() => ApiSql.Cases();

    [TestCaseSource(nameof(Statements))]
    public void SqlStatementInCode_NamesOnlyTablesAndColumnsOfTheSchema(string name, string sql)
    {
        Assert.That(SchemaResolver.Problems(Schema.Value, ApiSql.ParseStatement(sql)), Is.Empty, name);
    }

    [Test]
    public void Schema_HasTheTablesAndAddedColumnsOfTheMigrations()
    {
        var schema = Schema.Value;

        Assert.That(schema.Tables.Keys, Is.SupersetOf(new[] { "areas", "targets", "data_values", "value_history", "upload_staging", "schema_migrations" }));
        Assert.That(schema.Tables["data_values"], Is.SupersetOf(new[] { "measure_code", "value", "version", "deleted", "state", "request_id" }));
        Assert.That(schema.Tables["targets"], Does.Contain("baseline_year").And.Contain("baseline_value"));
    }

    [TestCase("SELECT code FROM aeras", "unknown table aeras")]
    [TestCase("DELETE FROM period_reopening WHERE plan_code = @Plan", "unknown table period_reopening")]
    [TestCase("SELECT a.nmae_vi FROM areas a WHERE a.code = @Code", "a.nmae_vi")]
    [TestCase("SELECT code FROM areas WHERE levl = 1", "levl")]
    [TestCase("SELECT a.code FROM areas a JOIN plans p ON p.area = a.code", "p.area")]
    [TestCase("SELECT x.code FROM areas a", "unknown table or alias x")]
    [TestCase("INSERT INTO users (usernme, role) VALUES (@Username, @Role)", "usernme")]
    [TestCase("UPDATE data_values SET stat = @State WHERE area_code = @Area", "stat")]
    [TestCase("SELECT t.name_vi FROM (SELECT code FROM areas) t", "t.name_vi")]
    [TestCase("WITH c AS (SELECT code FROM areas) SELECT level FROM c", "level")]
    [TestCase("INSERT INTO uploads (file_name) OUTPUT INSERTED.ident VALUES (@FileName)", "INSERTED.ident")]
    [TestCase("SELECT code FROM areas WHERE EXISTS (SELECT 1 FROM plans p WHERE p.code = areas.cod)", "areas.cod")]
    public void Resolver_ReportsWhatTheSchemaLacks(string sql, string expected)
    {
        Assert.That(SchemaResolver.Problems(Schema.Value, ApiSql.ParseStatement(sql)), Has.Some.Contains(expected));
    }

    [TestCase("SELECT a.code AS Code, name_vi AS NameVi FROM areas a ORDER BY NameVi")]
    [TestCase("SELECT code AS Code FROM areas UNION ALL SELECT code FROM plans ORDER BY Code")]
    [TestCase("SELECT p.code FROM plans p WHERE (SELECT COUNT(*) FROM targets t WHERE t.plan_code = p.code) > 0")]
    [TestCase("SELECT touched.code, a.level FROM (SELECT DISTINCT code FROM areas) touched JOIN areas a ON a.code = touched.code")]
    [TestCase("WITH c (area) AS (SELECT code FROM areas) SELECT area FROM c")]
    [TestCase("UPDATE data_values SET version = data_values.version + 1 FROM upload_staging s WHERE s.token = @Token AND data_values.sex = s.sex")]
    [TestCase("UPDATE v SET v.state = @State FROM data_values v WHERE v.area_code = @Area")]
    [TestCase("INSERT INTO uploads (file_name) OUTPUT INSERTED.id VALUES (@FileName)")]
    public void Resolver_AcceptsWhatTheSchemaHas(string sql)
    {
        Assert.That(SchemaResolver.Problems(Schema.Value, ApiSql.ParseStatement(sql)), Is.Empty);
    }
}

/// <summary>The tables (and their columns) the SQL Server migrations create, case-insensitively as SQL Server compares names.</summary>
public sealed class SqlSchema
{
    public Dictionary<string, HashSet<string>> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static SqlSchema FromMigrations()
    {
        var schema = new SqlSchema();
        var dialect = new SqlServerDialect();
        var texts = MigrationScript.LoadEmbedded(DatabaseProvider.SqlServer)
            .SelectMany(script => dialect.SplitBatches(script.Sql))
            .Append(dialect.CreateHistoryTableIfMissing);
        foreach (var text in texts)
        {
            var fragment = ApiSql.Parse(text, out var errors);
            Assert.That(errors, Is.Empty, text);
            fragment.Accept(new Builder(schema));
        }

        return schema;
    }

    private HashSet<string> Table(string name)
    {
        if (!Tables.TryGetValue(name, out var columns))
        {
            Tables[name] = columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        return columns;
    }

    private sealed class Builder(SqlSchema schema) : TSqlFragmentVisitor
    {
        public override void Visit(CreateTableStatement node) =>
            schema.Table(node.SchemaObjectName.BaseIdentifier.Value).UnionWith(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));

        public override void Visit(AlterTableAddTableElementStatement node) =>
            schema.Table(node.SchemaObjectName.BaseIdentifier.Value).UnionWith(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
    }
}

/// <summary>Resolves the table and column names of one T-SQL text against a <see cref="SqlSchema"/>; see <see cref="SqlServerSchemaTests"/> for its limits.</summary>
public sealed class SchemaResolver : TSqlFragmentVisitor
{
    private readonly SqlSchema schema;
    private readonly Dictionary<string, HashSet<string>?> ctes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> selectAliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<TSqlFragment> aliasTargets = [];
    private readonly Stack<Scope> scopes = new();
    private readonly List<string> problems = [];
    private int orderBy;

    private SchemaResolver(SqlSchema schema) => this.schema = schema;

    public static IReadOnlyList<string> Problems(SqlSchema schema, TSqlFragment fragment)
    {
        var resolver = new SchemaResolver(schema);
        fragment.Accept(new Names(resolver));
        fragment.Accept(resolver);
        return resolver.problems;
    }

    public override void Visit(NamedTableReference node)
    {
        var name = node.SchemaObject.BaseIdentifier.Value;
        if (!aliasTargets.Contains(node) && !schema.Tables.ContainsKey(name) && !ctes.ContainsKey(name))
        {
            Report(node, $"unknown table {name}");
        }
    }

    public override void ExplicitVisit(QuerySpecification node) =>
        InScope(new Scope(node.FromClause?.TableReferences.SelectMany(SourcesOf).ToList() ?? [], VisibleToSubqueries: true), () => base.ExplicitVisit(node));

    public override void ExplicitVisit(InsertSpecification node) =>
        InScope(new Scope(TargetSources(node.Target, []), VisibleToSubqueries: false), () => base.ExplicitVisit(node));

    public override void ExplicitVisit(UpdateSpecification node) =>
        InScope(ChangeScope(node.Target, node.FromClause), () => base.ExplicitVisit(node));

    public override void ExplicitVisit(DeleteSpecification node) =>
        InScope(ChangeScope(node.Target, node.FromClause), () => base.ExplicitVisit(node));

    public override void ExplicitVisit(OrderByClause node)
    {
        orderBy++;
        base.ExplicitVisit(node);
        orderBy--;
    }

    public override void Visit(ColumnReferenceExpression node)
    {
        if (node.ColumnType != ColumnType.Regular || node.MultiPartIdentifier is not { Count: > 0 } identifiers)
        {
            return;
        }

        var column = identifiers.Identifiers[^1].Value;
        if (identifiers.Count >= 2)
        {
            var qualifier = identifiers.Identifiers[^2].Value;
            var source = Visible().FirstOrDefault(s => s.Key.Equals(qualifier, StringComparison.OrdinalIgnoreCase));
            if (source is null)
            {
                Report(node, $"unknown table or alias {qualifier} in {qualifier}.{column}");
            }
            else if (source.Columns is { } columns && !columns.Contains(column))
            {
                Report(node, $"unknown column {qualifier}.{column} ({source.Table ?? "derived table"})");
            }

            return;
        }

        if (Visible().Any(s => s.Columns is null || s.Columns.Contains(column)) || (orderBy > 0 && selectAliases.Contains(column)))
        {
            return;
        }

        var tables = string.Join(", ", Visible().Select(s => s.Table ?? s.Key));
        Report(node, $"unknown column {column} (in: {(tables.Length == 0 ? "no table" : tables)})");
    }

    /// <summary>The sources a column can name here: the innermost scope, then those around it that subqueries see.</summary>
    private IEnumerable<Source> Visible()
    {
        var first = true;
        foreach (var scope in scopes)
        {
            if (first || scope.VisibleToSubqueries)
            {
                foreach (var source in scope.Sources)
                {
                    yield return source;
                }
            }

            first = false;
        }
    }

    private Scope ChangeScope(TableReference target, FromClause? from)
    {
        var sources = from?.TableReferences.SelectMany(SourcesOf).ToList() ?? [];
        return new Scope(TargetSources(target, sources).Concat(sources).ToList(), VisibleToSubqueries: true);
    }

    /// <summary>The target of a change, and the <c>INSERTED</c> and <c>DELETED</c> rows of its OUTPUT; none when the target is an alias of the FROM.</summary>
    private List<Source> TargetSources(TableReference target, List<Source> from)
    {
        if (target is not NamedTableReference named)
        {
            return [];
        }

        var name = named.SchemaObject.BaseIdentifier.Value;
        var aliased = from.FirstOrDefault(s => s.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (aliased is not null && named.Alias is null)
        {
            aliasTargets.Add(named);
            return [aliased with { Key = "inserted" }, aliased with { Key = "deleted" }];
        }

        var source = SourceOf(named);
        return [source, source with { Key = "inserted" }, source with { Key = "deleted" }];
    }

    private IEnumerable<Source> SourcesOf(TableReference reference) => reference switch
    {
        JoinTableReference join => SourcesOf(join.FirstTableReference).Concat(SourcesOf(join.SecondTableReference)),
        JoinParenthesisTableReference parenthesis => SourcesOf(parenthesis.Join),
        NamedTableReference named => [SourceOf(named)],
        QueryDerivedTable derived => [new Source(derived.Alias.Value, null,
            derived.Columns.Count > 0 ? Set(derived.Columns.Select(c => c.Value)) : OutputColumns(derived.QueryExpression))],
        TableReferenceWithAlias other => [new Source(other.Alias?.Value ?? "", null, null)],
        _ => [],
    };

    private Source SourceOf(NamedTableReference named)
    {
        var name = named.SchemaObject.BaseIdentifier.Value;
        var key = named.Alias?.Value ?? name;
        if (ctes.TryGetValue(name, out var cteColumns))
        {
            return new Source(key, null, cteColumns);
        }

        // An unknown table is reported once, by name; its columns are not reported again.
        return new Source(key, name, schema.Tables.TryGetValue(name, out var columns) ? columns : null);
    }

    /// <summary>The names a query's select list gives its columns (a UNION's, its first branch's); null when <c>*</c> makes them any.</summary>
    private static HashSet<string>? OutputColumns(QueryExpression query)
    {
        while (true)
        {
            switch (query)
            {
                case BinaryQueryExpression binary:
                    query = binary.FirstQueryExpression;
                    continue;
                case QueryParenthesisExpression parenthesis:
                    query = parenthesis.QueryExpression;
                    continue;
            }

            break;
        }

        if (query is not QuerySpecification specification || specification.SelectElements.Any(e => e is SelectStarExpression))
        {
            return null;
        }

        return Set(specification.SelectElements.OfType<SelectScalarExpression>()
            .Select(e => e.ColumnName?.Value ?? (e.Expression as ColumnReferenceExpression)?.MultiPartIdentifier?.Identifiers[^1].Value)
            .OfType<string>());
    }

    private static HashSet<string> Set(IEnumerable<string> names) => new(names, StringComparer.OrdinalIgnoreCase);

    private void InScope(Scope scope, Action visit)
    {
        scopes.Push(scope);
        visit();
        scopes.Pop();
    }

    private void Report(TSqlFragment node, string what) => problems.Add($"line {node.StartLine}: {what}");

    private sealed record Source(string Key, string? Table, HashSet<string>? Columns);

    private sealed record Scope(List<Source> Sources, bool VisibleToSubqueries);

    /// <summary>First pass: the CTEs of the text and the aliases of its select lists.</summary>
    private sealed class Names(SchemaResolver resolver) : TSqlFragmentVisitor
    {
        public override void Visit(CommonTableExpression node) =>
            resolver.ctes[node.ExpressionName.Value] = node.Columns.Count > 0 ? Set(node.Columns.Select(c => c.Value)) : OutputColumns(node.QueryExpression);

        public override void Visit(SelectScalarExpression node)
        {
            if (node.ColumnName?.Value is { } alias)
            {
                resolver.selectAliases.Add(alias);
            }
        }
    }
}
