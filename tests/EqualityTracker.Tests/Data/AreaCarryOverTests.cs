using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace EqualityTracker.Tests.Data;

/// <summary>Migration 0025 carries users bound to an ended unit to its successor, and records what it did.</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class AreaCarryOverTests(DatabaseProvider provider)
{
    private TestDatabase? database;

    [SetUp]
    public void CreateDatabase() => database = TestDatabase.Create(provider);

    [TearDown]
    public void DropDatabase() => database?.Dispose();

    [Test]
    public async Task UsersOfMergedProvinces_MoveToTheNewProvince_DistrictUsersStay_AndTheMigrationSaysSo()
    {
        // Arrange: every script before 0025, then users of Hà Nam (merged), Quảng Ninh (continuing) and Bỉm Sơn (a town).
        var runner = new MigrationRunner(database!.Database, new FakeClock(Instant.FromUtc(2026, 12, 1, 0, 0)), NullLogger<MigrationRunner>.Instance);
        var scripts = MigrationScript.LoadEmbedded(provider);
        await runner.ApplyPendingAsync([.. scripts.Where(s => string.CompareOrdinal(s.Name, "0025") < 0)]);
        await using var connection = await database.Database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO users (username, password_hash, role, display_name, agency_code, area_code, body_code) VALUES
                ('hanam-admin', 'x', 'admin', 'Sở LĐTBXH Hà Nam', 'DOLISA', '35', NULL),
                ('qn-admin', 'x', 'admin', 'Sở LĐTBXH Quảng Ninh', 'DOLISA', '22', NULL),
                ('bs-office', 'x', 'department', 'Phòng LĐTBXH Bỉm Sơn', NULL, '381', 'BS-LABOUR')
            """);

        // Act
        await runner.ApplyPendingAsync(scripts);

        // Assert
        var areas = (await connection.QueryAsync<(string Username, string Area)>("SELECT username, area_code FROM users ORDER BY username")).ToList();
        Assert.That(areas, Is.EqualTo(new[] { ("bs-office", "381"), ("hanam-admin", "37@2025-07-01"), ("qn-admin", "22") }));
        var carried = (await connection.QueryAsync<(string What, string Key, string From, string? To, string Date)>(
            "SELECT what, item_key, from_code, to_code, effective_date FROM area_carry_overs WHERE what = 'user' ORDER BY item_key")).ToList();
        Assert.That(carried, Is.EqualTo(new (string, string, string, string?, string)[]
        {
            ("user", "bs-office", "381", null, "2025-07-01"),
            ("user", "hanam-admin", "35", "37@2025-07-01", "2025-07-01"),
        }));
    }

    [Test]
    public async Task BodiesOfMergedProvinces_AreCarriedToTheNewProvince_DistrictCommitteesAreNot_AndTheMigrationSaysSo()
    {
        // Arrange
        var runner = new MigrationRunner(database!.Database, new FakeClock(Instant.FromUtc(2026, 12, 1, 0, 0)), NullLogger<MigrationRunner>.Instance);

        // Act
        await runner.ApplyPendingAsync(MigrationScript.LoadEmbedded(provider));

        // Assert: old Ninh Bình's departments and mass organisations are the new Ninh Bình's too; its district committees are not.
        await using var connection = await database.Database.OpenAsync();
        var newNinhBinh = (await connection.QueryAsync<string>("SELECT code FROM bodies WHERE area_code = '37@2025-07-01'")).ToHashSet();
        var oldNinhBinh = (await connection.QueryAsync<(string Code, string Kind)>("SELECT code, kind FROM bodies WHERE area_code = '37'")).ToList();
        Assert.That(newNinhBinh, Is.SupersetOf(new[] { "DOLISA", "DCS", "WU", "DOH" }));
        Assert.That(newNinhBinh, Does.Not.Contain("DISTRICT-PC"));
        Assert.That(newNinhBinh, Has.Count.EqualTo(oldNinhBinh.Count(b => b.Kind is not ("district-committee" or "commune-committee" or "town-office" or "town-committee"))));
        Assert.That(oldNinhBinh.Select(b => b.Code), Does.Contain("DISTRICT-PC"), "the old unit keeps its bodies");
        var carried = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM area_carry_overs WHERE what = 'body' AND from_code = '37' AND to_code = '37@2025-07-01'");
        Assert.That(carried, Is.EqualTo(newNinhBinh.Count));
    }
}
