using EqualityTracker.Api.Shapes;
using System.Text.RegularExpressions;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EqualityTracker.Tests.Data;

/// <summary>
/// Every <c>@Name</c> a SQL constant of the API uses is passed by the Dapper call sites that send it (Dapper matches
/// names case-insensitively; a missing one is "Must declare the scalar variable" on SQL Server). Reflection cannot see
/// the anonymous parameter objects, so the API's sources are read: <c>new CommandDefinition(Const, new { … })</c> and
/// <c>QueryAsync&lt;T&gt;(Const, new { … })</c> (any <c>Query…Async</c> / <c>Execute…Async</c>), the object written in place,
/// or held by a local (<c>var write = new { … }</c>) or returned by an expression-bodied method (<c>Key(key) =&gt; new { … }</c>)
/// declared once in the same file. Call sites it cannot read are listed in the test output as not checked.
/// </summary>
public sealed partial class DapperParameterTests
{
    public static IEnumerable<TestCaseData> Statements() => ApiSql.Cases();

    [TestCaseSource(nameof(Statements))]
    public void SqlStatementInCode_NamesItsParametersInPascalCase(string name, string sql)
    {
        Assert.That(SqlParameters(sql).Where(p => !PascalCase().IsMatch(p)), Is.Empty, name);
    }

    [Test]
    public void CallSites_PassEveryParameterTheirSqlUses()
    {
        var sites = ApiSources().SelectMany(file => DapperCallSites.Scan(file.Path, file.Text)).ToList();
        var checkedSites = 0;
        var notChecked = new List<string>();
        var missing = new List<string>();
        var constantsChecked = new HashSet<string>();
        foreach (var site in sites)
        {
            var constant = site.Constant is null ? null : Resolve(site);
            if (constant is null || site.Members is null)
            {
                notChecked.Add($"{site.Where}: {site.Reason ?? $"'{site.Constant}' is not one SQL constant of the API"}");
                continue;
            }

            checkedSites++;
            constantsChecked.Add(constant.Name);
            missing.AddRange(Missing(constant.Sql, site.Members).Select(p => $"{site.Where}: {constant.Name} uses @{p}, not passed (passed: {string.Join(", ", site.Members)})"));
        }

        TestContext.Out.WriteLine($"{checkedSites} Dapper call sites checked, sending {constantsChecked.Count} of {ApiSql.Constants.Count} SQL texts.");
        TestContext.Out.WriteLine($"{notChecked.Count} call sites not checked:");
        notChecked.ForEach(line => TestContext.Out.WriteLine("  not checked: " + line));
        var unsent = ApiSql.Constants.Where(c => !constantsChecked.Contains(c.Name)).Select(c => c.Name).ToList();
        TestContext.Out.WriteLine($"{unsent.Count} SQL texts with no checked call site (composed at run time, sent through a variable, or a dialect's): {string.Join(", ", unsent)}");

        Assert.That(checkedSites, Is.GreaterThan(50), "the scan should read most call sites; has the calling style changed?");
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Scan_ReadsTheMembersOfAnonymousObjects()
    {
        const string source = """
            var found = await connection.QueryAsync<Row>(new CommandDefinition(Sql, new { A, B = x, c.D, E = F(1, 2), Codes = codes.ToArray() }, cancellationToken: ct));
            var none = await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountSql, transaction: transaction, cancellationToken: ct));
            var plain = await connection.ExecuteScalarAsync<int>(AreaExistsSql, new { req.Area });
            var write = new { Token = token, UploadId = id };
            await connection.ExecuteAsync(new CommandDefinition(InsertSql, write, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(UpdateSql, Key(key), transaction, cancellationToken: ct));
            private static object Key(ValueKey key) => new { key.Code, key.Area };
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(DeleteSql, parameters, transaction, cancellationToken: ct));
            var targets = await TargetResponse.LoadAsync(connection, TargetsSql, new { req.Code }, ct);
            var submissions = await SubmissionResponse.LoadAsync(connection, null, ListSql, new { req.Plan, Agency = agency }, ct);
            var rows = await connection.QueryAsync<ValueRow>(new CommandDefinition(areas is null ? ValuesSql : ValuesInAreasSql, new { Codes = codes }));
            await command.ExecuteNonQueryAsync(ct);
            """;

        var sites = DapperCallSites.Scan("Snippet.cs", source).ToDictionary(s => $"{s.Constant ?? "?"}:{s.Where}");

        Assert.That(sites.Values.Single(s => s.Constant == "Sql").Members, Is.EqualTo(new[] { "A", "B", "D", "E", "Codes" }));
        Assert.That(sites.Values.Single(s => s.Constant == "CountSql").Members, Is.Empty);
        Assert.That(sites.Values.Single(s => s.Constant == "AreaExistsSql").Members, Is.EqualTo(new[] { "Area" }));
        Assert.That(sites.Values.Single(s => s.Constant == "InsertSql").Members, Is.EqualTo(new[] { "Token", "UploadId" }));
        Assert.That(sites.Values.Single(s => s.Constant == "UpdateSql").Members, Is.EqualTo(new[] { "Code", "Area" }));
        Assert.That(sites.Values.Single(s => s.Constant is null).Reason, Does.Contain("not a constant"));
        Assert.That(sites.Values.Single(s => s.Constant == "DeleteSql").Members, Is.Null);
        Assert.That(sites.Values.Single(s => s.Constant == "TargetsSql").Members, Is.EqualTo(new[] { "Code" }));
        Assert.That(sites.Values.Single(s => s.Constant == "ListSql").Members, Is.EqualTo(new[] { "Plan", "Agency" }));
        Assert.That(sites.Values.Single(s => s.Constant == "ValuesSql").Members, Is.EqualTo(new[] { "Codes" }));
        Assert.That(sites.Values.Single(s => s.Constant == "ValuesInAreasSql").Members, Is.EqualTo(new[] { "Codes" }));
        Assert.That(sites, Has.Count.EqualTo(11), "ExecuteNonQueryAsync is ADO.NET's, not a Dapper call");
    }

    [Test]
    public void Check_ReportsAParameterTheCallSiteDoesNotPass()
    {
        const string source = "var plan = await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(PlanSql, new { req.Code }, cancellationToken: ct));";
        const string sql = "SELECT code FROM plans WHERE code = @Code AND area_code = @Area";

        var site = DapperCallSites.Scan("Snippet.cs", source).Single();

        Assert.That(Missing(sql, site.Members!), Is.EqualTo(new[] { "Area" }));
        Assert.That(Missing("SELECT code FROM plans WHERE code = @CODE", site.Members!), Is.Empty, "Dapper matches names case-insensitively");
        Assert.That(Missing("DECLARE @n INT = 1; SELECT code FROM plans WHERE code = @Code AND @n = @@ROWCOUNT", site.Members!), Is.Empty, "declared variables and globals are no parameters");
    }

    [Test]
    public void SqlParameters_AreTheVariablesNotDeclared()
    {
        Assert.That(SqlParameters("SELECT id FROM targets WHERE id IN @Ids AND plan_code = @Plan"), Is.EquivalentTo(new[] { "Ids", "Plan" }));
        Assert.That(PascalCase().IsMatch("planCode"), Is.False);
        Assert.That(PascalCase().IsMatch("plan_code"), Is.False);
    }

    private static IEnumerable<string> Missing(string sql, IReadOnlyList<string> members) =>
        SqlParameters(sql).Where(p => !members.Contains(p, StringComparer.OrdinalIgnoreCase));

    /// <summary>The <c>@Name</c> parameters a SQL text uses: its variables, without <c>@@</c> globals and those it DECLAREs.</summary>
    private static List<string> SqlParameters(string sql)
    {
        var collector = new VariableCollector();
        ApiSql.ParseStatement(sql).Accept(collector);
        return collector.Used.Where(v => !collector.Declared.Contains(v)).Select(v => v.TrimStart('@')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static IEnumerable<(string Path, string Text)> ApiSources() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "api"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path.GetRelativePath(RepositoryPaths.Root, path), File.ReadAllText(path)));

    /// <summary>The SQL constant a call site names: <c>Type.Field</c>, or a field of a type declared in the call site's file and namespace.</summary>
    private static SqlConstant? Resolve(DapperCallSite site)
    {
        var parts = site.Constant!.Split('.');
        var candidates = parts.Length == 2
            ? ApiSql.Constants.Where(c => c.Field == parts[1] && c.DeclaringType.Name == parts[0])
            : ApiSql.Constants.Where(c => c.Field == parts[0] && c.DeclaringType.Namespace == site.Namespace && Declared(c.DeclaringType, site.Types));
        var found = candidates.ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static bool Declared(Type type, IReadOnlySet<string> typesInFile)
    {
        for (Type? t = type; t is not null; t = t.DeclaringType)
        {
            if (typesInFile.Contains(t.Name))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();

    private sealed class VariableCollector : TSqlFragmentVisitor
    {
        public HashSet<string> Used { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Declared { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void Visit(VariableReference node) => Used.Add(node.Name);

        public override void Visit(DeclareVariableElement node) => Declared.Add(node.VariableName.Value);
    }
}

/// <summary>One Dapper call: the constant it sends (null: not a constant), the members of its parameter object (null: unreadable, see Reason).</summary>
public sealed record DapperCallSite(string Where, string? Namespace, IReadOnlySet<string> Types, string? Constant, IReadOnlyList<string>? Members, string? Reason);

/// <summary>A regex-and-bracket reader of Dapper calls in C# source; no Roslyn.</summary>
public static partial class DapperCallSites
{
    public static IEnumerable<DapperCallSite> Scan(string path, string source)
    {
        var ns = Namespace().Match(source) is { Success: true } m ? m.Groups[1].Value : null;
        var types = TypeDeclaration().Matches(source).Select(t => t.Groups[1].Value).ToHashSet();
        foreach (Match call in Call().Matches(source))
        {
            var open = call.Index + call.Length - 1;
            var arguments = Arguments(source, open);
            var where = $"{path}:{source[..call.Index].Count(c => c == '\n') + 1}";
            if (arguments.Count == 0 || arguments[0].StartsWith("new CommandDefinition", StringComparison.Ordinal))
            {
                continue; // the CommandDefinition inside is the call site
            }

            // The loaders that send the SQL they are given (TargetResponse.LoadAsync(connection, Sql, new { … }, ct)):
            // the SQL is the first constant argument named like the API's SQL constants (…Sql), its parameters the next argument.
            var sqlAt = call.Groups["loader"].Success ? arguments.FindIndex(a => ConstantName().IsMatch(a) && a.EndsWith("Sql", StringComparison.Ordinal)) : 0;
            if (sqlAt < 0)
            {
                continue; // a LoadAsync given no SQL (the catalogues' and series' loaders send their own)
            }

            var parameters = arguments.Skip(sqlAt + 1).FirstOrDefault();
            var members = parameters is null || NamedArgument().IsMatch(parameters) ? [] : AnonymousObject(parameters, source);
            var first = arguments[sqlAt];
            var conditional = Conditional().Match(first);
            foreach (var constant in conditional.Success ? [conditional.Groups[1].Value, conditional.Groups[2].Value] : new[] { first })
            {
                if (!ConstantName().IsMatch(constant))
                {
                    yield return new DapperCallSite(where, ns, types, null, null, $"the SQL '{Shorten(constant)}' is not a constant");
                }
                else if (members is null)
                {
                    yield return new DapperCallSite(where, ns, types, constant, null, $"{constant} is sent with parameters '{Shorten(parameters!)}' the scan cannot read");
                }
                else
                {
                    yield return new DapperCallSite(where, ns, types, constant, members, null);
                }
            }
        }
    }

    /// <summary>The member names of <c>new { … }</c> written in place, held by a local, or returned by an expression-bodied method of the file.</summary>
    private static List<string>? AnonymousObject(string expression, string source)
    {
        if (expression.StartsWith("new", StringComparison.Ordinal) && expression[3..].TrimStart().StartsWith('{'))
        {
            return Members(expression[(expression.IndexOf('{') + 1)..expression.LastIndexOf('}')]);
        }

        var holder = HolderName().Match(expression);
        if (!holder.Success)
        {
            return null;
        }

        var name = Regex.Escape(holder.Groups[1].Value);
        var declarations = Regex.Matches(source, holder.Groups[2].Success
            ? $@"\b{name}\s*\([^()]*\)\s*=>\s*new\s*\{{"
            : $@"\bvar\s+{name}\s*=\s*new\s*\{{");
        if (declarations.Count != 1)
        {
            return null;
        }

        var start = declarations[0].Index + declarations[0].Length;
        return Members(source[start..Close(source, start - 1)]);
    }

    /// <summary>Anonymous-object members: <c>A</c> → A, <c>B = x</c> → B, <c>c.D</c> → D.</summary>
    private static List<string> Members(string body) =>
        SplitTopLevel(body).Select(part =>
        {
            var assignment = Assignment().Match(part);
            return assignment.Success ? assignment.Groups[1].Value : part.Split('.')[^1].Trim();
        }).Where(member => member.Length > 0).ToList();

    /// <summary>The arguments of the call whose '(' is at <paramref name="open"/>, trimmed.</summary>
    private static List<string> Arguments(string source, int open) => SplitTopLevel(source[(open + 1)..Close(source, open)]);

    /// <summary>The index of the bracket closing the one at <paramref name="open"/>, skipping strings.</summary>
    private static int Close(string source, int open)
    {
        var depth = 0;
        for (var i = open; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '"':
                    i = source.IndexOf('"', i + 1);
                    if (i < 0)
                    {
                        return source.Length;
                    }

                    break;
                case '(' or '{' or '[':
                    depth++;
                    break;
                case ')' or '}' or ']':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return source.Length;
    }

    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    var end = text.IndexOf('"', i + 1);
                    i = end < 0 ? text.Length - 1 : end;
                    break;
                case '(' or '{' or '[':
                    depth++;
                    break;
                case ')' or '}' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        parts.Add(text[start..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static string Shorten(string text)
    {
        var line = Regex.Replace(text, @"\s+", " ");
        return line.Length <= 60 ? line : line[..57] + "...";
    }

    // ExecuteNonQueryAsync is ADO.NET's, not Dapper's: its parameters are added one by one, not passed as an object.
    [GeneratedRegex(@"(?:\bnew\s+CommandDefinition|\b(?:Query|Execute(?!NonQuery))\w*Async(?:<[^()]*?>)?|(?<loader>\b[A-Z]\w*\.LoadAsync))\s*\(")]
    private static partial Regex Call();

    [GeneratedRegex(@"^[^?]+\?\s*([\w.]+)\s*:\s*([\w.]+)$")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"^[A-Z]\w*(?:\.[A-Z]\w*)?$")]
    private static partial Regex ConstantName();

    [GeneratedRegex(@"^\w+\s*:")]
    private static partial Regex NamedArgument();

    [GeneratedRegex(@"^(\w+)\s*(\([^()]*\))?$")]
    private static partial Regex HolderName();

    [GeneratedRegex(@"^(\w+)\s*=[^=>]")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\b(?:class|record|struct|interface)\s+(\w+)")]
    private static partial Regex TypeDeclaration();
}
