namespace OnexSchemas.Registry.Server;

/// <summary>The registry's modes, globally or per subject.</summary>
internal enum RegistryMode
{
    /// <summary>Registrations and deletes are accepted.</summary>
    ReadWrite,

    /// <summary>Registrations and deletes are refused (42205).</summary>
    ReadOnly,

    /// <summary>Registrations keep the id (and version) the client gives, without a compatibility check: a migration.</summary>
    Import,
}
