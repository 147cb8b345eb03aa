namespace EqualityTracker.Api.Identity;

/// <summary>What a signed-in person may do.</summary>
public static class Roles
{
    /// <summary>The coordinating department (DOLISA): owns the plans, reviews submissions.</summary>
    public const string Admin = "admin";

    /// <summary>The provincial statistics office (PSO): uploads data in bulk.</summary>
    public const string Statistics = "statistics";

    /// <summary>A sector department, bound to one agency and one area: updates the targets it leads.</summary>
    public const string Department = "department";

    /// <summary>A leader: reads only.</summary>
    public const string Leader = "leader";

    public static IReadOnlyList<string> All { get; } = [Admin, Statistics, Department, Leader];
}

/// <summary>The claims the product puts in its tokens.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Name = "name";
    public const string Agency = "agency";
    public const string Area = "area";
    public const string Body = "body";
}
