namespace BcpLocalOffer.Tests.Shared;

/// <summary>The checkout the tests run from: the folder above the build output that holds BcpLocalOffer.sln.</summary>
public static class RepositoryFolder
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BcpLocalOffer.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("BcpLocalOffer.sln not found above " + AppContext.BaseDirectory);
    }
}
