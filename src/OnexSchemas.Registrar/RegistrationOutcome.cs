namespace OnexSchemas.Registrar;

/// <summary>What the registrar does, or did, for one subject.</summary>
public enum RegistrationOutcome
{
    /// <summary>The subject is new (the registry answered 40401): its first version is registered.</summary>
    Create,

    /// <summary>The subject exists without this schema, and the registry's check accepts it as the next version.</summary>
    NewVersion,

    /// <summary>The subject already holds the schema (the lookup found it): nothing is registered.</summary>
    Unchanged,

    /// <summary>The registry's own compatibility check refuses the schema: nothing is registered for the subject.</summary>
    Blocked,
}
