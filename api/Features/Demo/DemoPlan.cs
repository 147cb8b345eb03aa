using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Shapes;
using NodaTime;

namespace EqualityTracker.Api.Features.Demo;

/// <summary>The demonstration's draft "Ninh Bình 2026–2030": the plan the new Ninh Bình's coordinator is writing, on the
/// map since 1 July 2025, its targets the 2030 goals of Resolution 28/NQ-CP, each with a 2025 baseline summed from the
/// three old provinces' counts (old Ninh Bình 37, Hà Nam 35, Nam Định 36).</summary>
/// <remarks>
/// The new Ninh Bình did not exist in 2025 (the year began under the old map), so its 2025 value of a count-based
/// indicator is its predecessors' numerators and denominators summed (<see cref="SeriesBuilder"/>), never their ratios;
/// the baseline is that sum, written into the draft as the coordinator would, and the target's text says where it comes
/// from. Only Development, with the demonstration data on; the draft is seen by the coordinators of Ninh Bình and of
/// the country (<c>admin</c>, <c>admin-vn</c>) until one of them issues it.
/// </remarks>
public sealed class DemoPlan(Database database, WriteScopes writes, IClock clock, ILogger<DemoPlan> logger)
{
    public const string Code = "NB-2026-2030";

    private const string ExistsSql = "SELECT COUNT(*) FROM plans WHERE code = @Code";

    private static readonly (int Objective, string Number, string Indicator, string Comparator, double Value, string Vi, string En, string Lead)[] Goals =
    [
        (1, "1", "WOMEN_KEY_LEADERS", ">=", 75, "Đạt 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ vào năm 2030",
            "75% of state agencies and local governments with a woman among their key leaders by 2030", "DOHA"),
        (2, "1", "WAGE_WORKERS_F", ">=", 60, "Tăng tỷ lệ lao động nữ làm công hưởng lương lên khoảng 60% vào năm 2030",
            "Share of employed women who are wage workers up to about 60% by 2030", "DOLISA"),
        (2, "2", "AGRI_WORKERS_F", "<", 25, "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp xuống dưới 25% vào năm 2030",
            "Share of employed women working in agriculture below 25% by 2030", "DOLISA"),
        (2, "3", "ENTERPRISE_DIRECTORS_F", ">=", 30, "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 30% vào năm 2030",
            "30% of enterprises and cooperatives with a woman director or owner by 2030", "DPI"),
        (4, "1", "SRB", "<=", 109, "Tỷ số giới tính khi sinh ở mức 109 bé trai/100 bé gái sinh ra sống vào năm 2030",
            "Sex ratio at birth at 109 boys per 100 girls born alive by 2030", "DOH"),
    ];

    private static readonly (int Number, string Domain, string Vi, string En)[] Objectives =
    [
        (1, "politics", "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo", "More women in management and leadership"),
        (2, "economy-labour", "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm", "A narrower gender gap in the economy, labour and employment"),
        (4, "health", "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe", "Gender equality in access to health care"),
    ];

    /// <summary>Writes the draft once (nothing when a plan with its code exists).</summary>
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var catalogue = await LoadCatalogueAsync(ct);
        var content = await ContentAsync(catalogue, ct);
        await using var work = await writes.BeginAsync(ct);
        if (await work.Connection.ExecuteScalarAsync<int>(new CommandDefinition(ExistsSql, new { Code }, work.Transaction, cancellationToken: ct)) > 0)
        {
            return;
        }

        var area = await PlanAreas.UnitAsync(work.Connection, work.Transaction, "37", PlanAreas.StartDate(content.StartYear), ct)
            ?? throw new InvalidOperationException("No unit bears code 37 on 1 January 2026: the 2025 map is missing.");
        var at = InstantText.Format(clock.GetCurrentInstant());
        await work.Connection.ExecuteAsync(new CommandDefinition(Plans.Create.Endpoint.InsertPlanSql, new
        {
            Code, content.Kind, Area = area, content.StartYear, content.EndYear, content.TitleVi, content.TitleEn, content.LegalBasisVi,
            content.LegalBasisEn, content.Implements, At = at, By = DemoData.Source,
        }, work.Transaction, cancellationToken: ct));
        await work.Connection.ExecuteAsync(new CommandDefinition(Plans.Create.Endpoint.InsertDraftSql, new
        {
            Code, Version = 1, DecisionNumber = (string?)null, Content = PlanStore.Serialize(content), At = at, By = DemoData.Source,
        }, work.Transaction, cancellationToken: ct));
        work.Changes.Nothing();
        await work.CommitAsync();
        logger.LogInformation("Wrote the demonstration draft {Plan} for unit {Unit} with {Targets} targets", Code, area, content.Targets.Count);
    }

    /// <summary>The draft: the goals above, each with its 2025 baseline at the new Ninh Bình (its predecessors' sum).</summary>
    public async Task<PlanContent> ContentAsync(MeasureCatalogue catalogue, CancellationToken ct)
    {
        var unit = catalogue.Map.Resolve("37", new LocalDate(2026, 1, 1))?.Id;
        var content = new PlanContent
        {
            TitleVi = "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Ninh Bình",
            TitleEn = "Plan to implement the National Strategy on Gender Equality 2026-2030 in Ninh Binh province",
            Kind = PlanKinds.FiveYear, StartYear = 2026, EndYear = 2030, Implements = "VN-2021-2030",
            LegalBasisVi = "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
            LegalBasisEn = "Resolution 28/NQ-CP of 3 March 2021 of the Government issuing the National Strategy on Gender Equality 2021-2030",
            Objectives = [.. Objectives.Select(o => new PlanObjective { Number = o.Number, Domain = o.Domain, TitleVi = o.Vi, TitleEn = o.En })],
        };

        await using var connection = await database.OpenAsync(ct);
        foreach (var goal in Goals)
        {
            var baseline = unit is null ? null : await BaselineAsync(connection, catalogue, goal.Indicator, unit, ct);
            content.Targets.Add(new PlanTarget
            {
                Objective = goal.Objective, Number = goal.Number, Indicator = goal.Indicator, Comparator = goal.Comparator, Value = goal.Value, Year = 2030,
                TextVi = goal.Vi + (baseline is null ? "" : $" (năm 2025: {baseline.Value!.Value.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}, cộng số liệu của Ninh Bình, Hà Nam và Nam Định cũ)"),
                TextEn = goal.En + (baseline is null ? "" : $" (2025: {baseline.Value!.Value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}, summed from the old Ninh Binh, Ha Nam and Nam Dinh)"),
                BaselineYear = baseline is null ? null : 2025, BaselineValue = baseline?.Value, Lead = [goal.Lead],
            });
        }

        return content;
    }

    private async Task<MeasureCatalogue> LoadCatalogueAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await MeasureCatalogue.LoadAsync(connection, ct: ct);
    }

    /// <summary>The unit's 2025 value of the indicator, only when it is a sum of its predecessors' counts.</summary>
    private static async Task<ValuePoint?> BaselineAsync(System.Data.Common.DbConnection connection, MeasureCatalogue catalogue, string indicator, string unit, CancellationToken ct)
    {
        var series = await IndicatorSeries.LoadAsync(connection, catalogue, indicator, approvedOnly: true, null, ct, Period.Parse("2025"), Period.Parse("2025"));
        return series.For(unit).FirstOrDefault(p => p.Period == "2025" && p.Sex == Sex.Total && p.Origin == "predecessors" && p.Value is not null);
    }
}
