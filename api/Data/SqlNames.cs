namespace EqualityTracker.Api.Data;

/// <summary>Parameter names for column names: <c>measure_code</c> is bound as <c>@MeasureCode</c>.</summary>
public static class SqlNames
{
    public static string Parameter(string column) =>
        string.Concat(column.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    public static string Parameters(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => "@" + Parameter(c)));
}
