namespace EqualityTracker.Tests.Infrastructure;

/// <summary>Where the repository and the shared reference files are, seen from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> beside the checkout: the seed plans and reference CSVs.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Reference(string file) => Path.Combine(Shared, "reference", file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EqualityTracker.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EqualityTracker.slnx not found above the test directory.");
    }
}
