namespace EqualityTracker.Api.Domain;

/// <summary>SDMX sex codes: <c>F</c> female, <c>M</c> male, <c>_T</c> total.</summary>
public static class Sex
{
    public const string Female = "F";
    public const string Male = "M";
    public const string Total = "_T";

    public static IReadOnlyList<string> All { get; } = [Female, Male, Total];

    public static bool IsCode(string? text) => text is Female or Male or Total;

    /// <summary>Reads a measure's comma-separated list of accepted codes (<c>F,M,_T</c>).</summary>
    public static IReadOnlyList<string> ParseList(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
