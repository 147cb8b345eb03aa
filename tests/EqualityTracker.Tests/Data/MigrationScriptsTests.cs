using System.Text.RegularExpressions;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Data;

public sealed partial class MigrationScriptsTests
{
    [Test]
    public void BothEngines_HaveTheSameNumberedScripts()
    {
        var sqlite = MigrationScript.LoadEmbedded(DatabaseProvider.Sqlite).Select(s => s.Name);
        var sqlServer = MigrationScript.LoadEmbedded(DatabaseProvider.SqlServer).Select(s => s.Name);

        Assert.That(sqlServer, Is.EqualTo(sqlite));
        Assert.That(sqlite, Is.Not.Empty);
    }

    [Test]
    public void EmbeddedScripts_AreExactlyTheFilesInDb()
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            var folder = Path.Combine(RepositoryPaths.Root, "db", MigrationScript.Folder(provider));
            var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

            Assert.That(MigrationScript.LoadEmbedded(provider).Select(s => s.Name), Is.EqualTo(files), folder);
        }
    }

    [Test]
    public void ScriptNames_AreNumberedWithoutGapsFromOne()
    {
        var names = MigrationScript.LoadEmbedded(DatabaseProvider.Sqlite).Select(s => s.Name).ToList();

        Assert.That(names, Is.All.Matches(ScriptName()));
        Assert.That(names.Select(n => int.Parse(n[..4], System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(Enumerable.Range(1, names.Count)));
    }

    [GeneratedRegex("^[0-9]{4}_[a-z0-9_]+\\.sql$")]
    private static partial Regex ScriptName();
}
