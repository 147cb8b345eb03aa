using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace EqualityTracker.Api.Data;

/// <summary>One numbered migration script (<c>0001_create_catalogue.sql</c>) of one engine.</summary>
/// <remarks>
/// Scripts are transitions: once applied they are never edited. The checksum (SHA-256 of the text with line endings
/// normalised to LF) lets the runner refuse a database whose applied scripts changed afterwards.
/// </remarks>
public sealed record MigrationScript(string Name, string Sql)
{
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>The scripts of one engine embedded in the API assembly, in the order they apply.</summary>
    public static IReadOnlyList<MigrationScript> LoadEmbedded(DatabaseProvider provider)
    {
        var assembly = typeof(MigrationScript).Assembly;
        var prefix = $"db/{Folder(provider)}/";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new MigrationScript(name[prefix.Length..], Read(assembly, name)))
            .ToList();
    }

    /// <summary>The folder under <c>db/</c> that holds an engine's scripts.</summary>
    public static string Folder(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "sqlite",
        DatabaseProvider.SqlServer => "sqlserver",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
