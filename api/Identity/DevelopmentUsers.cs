using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace EqualityTracker.Api.Identity;

/// <summary>The accounts a developer signs in with, all with the password <see cref="Password"/>. Only in Development.</summary>
/// <remarks>An account's area is a GSO code; it is created on the unit bearing that code today (the admin of Ninh Bình lands
/// on the new Ninh Bình, 37@2025-07-01), or on the last unit that bore it (Bỉm Sơn town, 381).</remarks>
public sealed class DevelopmentUsers(Database database, IPasswordHasher<UserAccount> hasher, IClock clock, ILogger<DevelopmentUsers> logger)
{
    public const string Password = "Dev-Password-1";
    public const string NinhBinh = "37";
    public const string QuangNinh = "22";
    public const string ThanhHoa = "38";
    public const string BimSon = "381";

    /// <summary>Phường Phủ Lý, a ward of the new Ninh Bình since 1 July 2025 (directly under the province).</summary>
    public const string PhuLy = "13285";

    private const string InsertSql = """
        INSERT INTO users (username, password_hash, role, display_name, agency_code, area_code, body_code)
        SELECT @Username, @PasswordHash, @Role, @DisplayName, @AgencyCode, @AreaCode, @BodyCode
        WHERE NOT EXISTS (SELECT 1 FROM users WHERE username = @Username)
        """;

    public static IReadOnlyList<UserAccount> Accounts { get; } =
    [
        Account("admin", Roles.Admin, "Sở LĐTBXH (điều phối)", "DOLISA"),
        Account("statistics", Roles.Statistics, "Cục Thống kê tỉnh", "PSO"),
        Account("leader", Roles.Leader, "Lãnh đạo UBND tỉnh", null),
        Account("doh", Roles.Department, "Sở Y tế", "DOH"),
        Account("doha", Roles.Department, "Sở Nội vụ", "DOHA"),
        Account("dpi", Roles.Department, "Sở Kế hoạch và Đầu tư", "DPI"),
        Account("doet", Roles.Department, "Sở Giáo dục và Đào tạo", "DOET"),
        Account("dic", Roles.Department, "Sở Thông tin và Truyền thông", "DIC"),
        Account("dcs", Roles.Department, "Sở Văn hóa và Thể thao", "DCS"),
        Account("dolisa", Roles.Department, "Sở Lao động - Thương binh và Xã hội", "DOLISA"),
        Account("statistics-vn", Roles.Statistics, "Tổng cục Thống kê (toàn quốc)", "PSO", "VN"),
        Account("admin-vn", Roles.Admin, "Bộ LĐTBXH (điều phối toàn quốc)", "DOLISA", "VN"),
        Account("statistics-qn", Roles.Statistics, "Cục Thống kê tỉnh Quảng Ninh", "PSO", QuangNinh),
        Account("admin-qn", Roles.Admin, "Sở LĐTBXH Quảng Ninh (điều phối)", "DOLISA", QuangNinh),
        Account("wu", Roles.Department, "Hội Liên hiệp Phụ nữ tỉnh Ninh Bình", "WU"),
        Account("admin-th", Roles.Admin, "Sở LĐTBXH Thanh Hóa (điều phối)", "DOLISA", ThanhHoa),
        Account("bs-labour", Roles.Department, "Phòng Lao động - TB&XH thị xã Bỉm Sơn", null, BimSon, "BS-LABOUR"),
        Account("bs-culture", Roles.Department, "Phòng Văn hóa - Thông tin thị xã Bỉm Sơn", null, BimSon, "BS-CULTURE"),
        Account("admin-phuly", Roles.Admin, "UBND phường Phủ Lý (điều phối cấp xã)", null, PhuLy),
    ];

    /// <summary>Adds the accounts that do not exist yet.</summary>
    public async Task SeedAsync(IHostEnvironment environment, CancellationToken ct = default)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("Development users are created only in Development.");
        }

        await using var connection = await database.OpenAsync(ct);
        var map = (await MeasureCatalogue.LoadAsync(connection, ct: ct)).Map;
        var today = ReportingCalendar.Today(clock.GetCurrentInstant());
        var added = 0;
        foreach (var account in Accounts)
        {
            var area = account.AreaCode is { } code ? map.ResolveOrLatest(code, today)?.Id ?? code : null;
            var stored = new { account.Username, PasswordHash = hasher.HashPassword(account, Password), account.Role, account.DisplayName, account.AgencyCode, AreaCode = area, account.BodyCode };
            added += await connection.ExecuteAsync(new CommandDefinition(InsertSql, stored, cancellationToken: ct));
        }

        if (added > 0)
        {
            logger.LogWarning("Created {Count} development users with the shared development password", added);
        }
    }

    private static UserAccount Account(string username, string role, string displayName, string? agency, string area = NinhBinh, string? body = null) => new()
    {
        Username = username,
        Role = role,
        DisplayName = displayName,
        AgencyCode = agency,
        AreaCode = area,
        BodyCode = body,
    };
}
