namespace OnexSchemas.Build.Tests.Support;

/// <summary>The consumer tests' temporary directories: kept when ONEX_KEEP_CONSUMER_TEST_DIRS is set, else deleted.</summary>
internal static class TestDirectories
{
    public static void DeleteUnlessKept(string directory)
    {
        if (Environment.GetEnvironmentVariable("ONEX_KEEP_CONSUMER_TEST_DIRS") is { Length: > 0 })
        {
            return;
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary directory left behind is not a test failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
