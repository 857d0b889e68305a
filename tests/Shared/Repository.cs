namespace PartyBuilding.Scoring.Testing;

// Shared by the test projects (linked, not copied). Finds files of the repository (rules/, samples/) and of TestData/ from the test's output folder.
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(string relative) => Path.Combine(Root, relative);

    public static string TestData(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "PartyBuilding.Scoring.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PartyBuilding.Scoring.sln not found above " + AppContext.BaseDirectory);
    }
}
