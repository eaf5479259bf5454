namespace OnexSchemas.Registrar;

/// <summary>
/// A registry request that failed, with the registry's status and error code when it answered. The message names
/// the registry by its masked address and never holds a credential.
/// </summary>
public sealed class RegistryRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegistryRequestException(RegistryFailureKind kind, string message, int? status = null, int? errorCode = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>Why the request failed.</summary>
    public RegistryFailureKind Kind { get; }

    /// <summary>The HTTP status the registry answered with, when it answered.</summary>
    public int? Status { get; }

    /// <summary>The registry's <c>error_code</c>, for example 40401, when it sent one.</summary>
    public int? ErrorCode { get; }
}
