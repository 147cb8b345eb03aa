namespace EqualityTracker.Api.Domain;

/// <summary>An output a report says was achieved beyond the ones the plan lists for the activity.</summary>
/// <param name="Unit">One of <see cref="OutputUnits"/>.</param>
/// <param name="Description">What was done ("lớp tập huấn cho hội viên", "học viên").</param>
/// <param name="Total">How many, in all.</param>
/// <param name="Female">Of them women, where the unit counts people.</param>
/// <param name="Male">Of them men, where the unit counts people.</param>
public sealed record AchievedOutput(string Unit, string Description, double Total, double? Female, double? Male);

/// <summary>The rules an achieved output keeps.</summary>
/// <remarks>
/// Counts are whole numbers from 0 to <see cref="MaxCount"/>. Women and men are given only where the unit counts people
/// (<see cref="OutputUnits.CountsPeople"/>: trainees, participants); either may be left out when not recorded, and
/// together they never exceed the total — what is left is people whose sex was not recorded (a class of 40 with 25 women
/// and 12 men leaves 3 unrecorded). The total is always given: it is what the plan's report adds up.
/// </remarks>
public static class AchievedOutputs
{
    public const int MaxCount = 10_000_000;
    public const int MaxDescription = 300;
    public const int MaxPerActivity = 20;

    /// <summary>What is wrong with <paramref name="output"/> (Vietnamese, English), none when it keeps the rules.</summary>
    public static IReadOnlyList<(string Vi, string En)> Problems(AchievedOutput output)
    {
        var problems = new List<(string, string)>();
        if (!OutputUnits.All.Contains(output.Unit))
        {
            problems.Add(($"Đơn vị '{output.Unit}' không có trong danh mục ({string.Join(", ", OutputUnits.All)}).",
                $"unit '{output.Unit}' is not one of {string.Join(", ", OutputUnits.All)}."));
        }

        if (string.IsNullOrWhiteSpace(output.Description))
        {
            problems.Add(("Cần mô tả đầu ra đạt được.", "description is required."));
        }
        else if (output.Description.Length > MaxDescription)
        {
            problems.Add(($"Mô tả dài quá {MaxDescription} ký tự.", $"description is longer than {MaxDescription} characters."));
        }

        foreach (var (name, nameVi, value) in new[] { ("total", "Tổng số", (double?)output.Total), ("female", "Số nữ", output.Female), ("male", "Số nam", output.Male) })
        {
            if (value is { } v && !IsCount(v))
            {
                problems.Add(($"{nameVi} phải là số nguyên từ 0 đến {MaxCount:N0}.", $"{name} must be a whole number from 0 to {MaxCount:N0}."));
            }
        }

        var bySex = output.Female is not null || output.Male is not null;
        if (bySex && !OutputUnits.CountsPeople(output.Unit))
        {
            problems.Add(($"Đơn vị '{output.Unit}' không đếm người: không ghi số nữ, số nam.", $"unit '{output.Unit}' does not count people: give no female or male count."));
        }
        else if (bySex && (output.Female ?? 0) + (output.Male ?? 0) > output.Total)
        {
            problems.Add(($"Số nữ ({output.Female ?? 0}) cộng số nam ({output.Male ?? 0}) vượt tổng số ({output.Total}).",
                $"female ({output.Female ?? 0}) plus male ({output.Male ?? 0}) exceeds the total ({output.Total})."));
        }

        return problems;
    }

    /// <summary>People whose sex was not recorded: the total less women and men (null when the unit does not count people).</summary>
    public static double? NotRecorded(AchievedOutput output) =>
        OutputUnits.CountsPeople(output.Unit) ? output.Total - (output.Female ?? 0) - (output.Male ?? 0) : null;

    private static bool IsCount(double value) => value >= 0 && value <= MaxCount && Math.Floor(value) == value;
}
