using Sylvan.Data.Csv;

namespace EqualityTracker.Tests.Infrastructure;

/// <summary>Reads a reference CSV from <c>../shared/reference</c> as dictionaries keyed by column name.</summary>
public static class ReferenceCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string file)
    {
        using var reader = CsvDataReader.Create(RepositoryPaths.Reference(file));
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static IReadOnlyList<string> Codes(string agencies) =>
        agencies.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
