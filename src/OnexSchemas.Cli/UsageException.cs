namespace OnexSchemas.Cli;

/// <summary>A mistake in how the tool was called or in what it was pointed at; reported as one line and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
