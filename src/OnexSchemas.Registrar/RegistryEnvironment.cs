namespace OnexSchemas.Registrar;

/// <summary>
/// The environment variables a registry connection is read from when no option names it, in one place so the
/// commands, the docs and CI pipelines agree on them.
/// </summary>
public static class RegistryEnvironment
{
    /// <summary>The registry's address.</summary>
    public const string Url = OnexSchemas.Messaging.BusEnvironment.RegistryUrlVariable;

    /// <summary>The basic-auth user.</summary>
    public const string Username = "ONEX_REGISTRY_USERNAME";

    /// <summary>The basic-auth password.</summary>
    public const string Password = "ONEX_REGISTRY_PASSWORD";

    /// <summary>A bearer token.</summary>
    public const string Token = "ONEX_REGISTRY_TOKEN";

    /// <summary>A PEM file of certificate authorities to trust for the registry's TLS certificate.</summary>
    public const string CaFile = "ONEX_REGISTRY_CA_FILE";

    /// <summary>The address of the local registry <c>onex-schemas registry serve</c> starts by default.</summary>
    public const string LocalDefaultUrl = "http://127.0.0.1:8081";
}
