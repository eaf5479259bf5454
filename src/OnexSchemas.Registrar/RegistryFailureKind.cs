namespace OnexSchemas.Registrar;

/// <summary>Why a registry request failed.</summary>
public enum RegistryFailureKind
{
    /// <summary>The registry could not be reached, or kept failing (5xx, 408, 429) through every retry.</summary>
    Unavailable,

    /// <summary>The registry refused the credentials (401) or the permission (403).</summary>
    Unauthorized,

    /// <summary>The registry answered the request with an error of its own (4xx).</summary>
    Refused,
}
