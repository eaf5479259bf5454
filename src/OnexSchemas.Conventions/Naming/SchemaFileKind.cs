namespace OnexSchemas.Naming;

/// <summary>What a file under the schema root is, judged from its path.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
enum SchemaFileKind
{
    /// <summary>A topic's payload schema under <c>events/</c>.</summary>
    Topic,

    /// <summary>A schema shared by all topics under <c>common/</c>: the envelope, the dead-letter record.</summary>
    Common,

    /// <summary>A JSON file in a place the layout does not allow.</summary>
    Misplaced,
}
