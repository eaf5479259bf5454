namespace OnexSchemas.Reporting;

/// <summary>The formats findings can be written in.</summary>
public enum OutputFormat
{
    /// <summary>Canonical <c>file(line,col): error ID: message</c> lines.</summary>
    Text,

    /// <summary>A JSON object.</summary>
    Json,

    /// <summary>SARIF 2.1.0.</summary>
    Sarif,

    /// <summary>GitHub Actions annotations.</summary>
    GitHub,
}
