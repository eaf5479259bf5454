namespace OnexSchemas.Naming;

/// <summary>The fixed names of the schema tree: its config file and its two directories.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class SchemaTreeLayout
{
    /// <summary>The tree config at the schema root.</summary>
    public const string ConfigFileName = "onex-schemas.json";

    /// <summary>The directory topic schemas live in.</summary>
    public const string EventsDirectory = "events";

    /// <summary>The directory shared schemas live in.</summary>
    public const string CommonDirectory = "common";

    /// <summary>The envelope every message travels in, relative to the schema root.</summary>
    public const string EnvelopeFile = CommonDirectory + "/envelope.v1.json";

    /// <summary>The extension of every schema file.</summary>
    public const string SchemaExtension = ".json";
}
