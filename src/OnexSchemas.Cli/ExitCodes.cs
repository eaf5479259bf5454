namespace OnexSchemas.Cli;

/// <summary>The documented exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>Clean: no errors (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The tree (or the change) has errors.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage or an I/O problem: a missing root, an unknown option, an unreadable file.</summary>
    public const int UsageOrIo = 2;

    /// <summary>A bug in onex-schemas itself.</summary>
    public const int InternalError = 3;

    /// <summary>The schema registry could not be reached, kept failing, or refused the credentials.</summary>
    public const int Registry = 4;

    /// <summary>The Kafka broker could not be reached or refused a request, or a topic it was asked for does not exist.</summary>
    public const int Broker = 5;
}
