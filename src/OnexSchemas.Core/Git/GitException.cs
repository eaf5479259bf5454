namespace OnexSchemas.Git;

/// <summary>git refused or failed: an unknown ref, not a repository, no git installed.</summary>
public sealed class GitException(string message) : Exception(message);
