namespace OnexSchemas.Model;

/// <summary>What a file under the schema root is, judged from its path.</summary>
public enum SchemaFileKind
{
    /// <summary>A topic's payload schema under <c>events/</c>.</summary>
    Topic,

    /// <summary>A schema shared by all topics under <c>common/</c>: the envelope, the dead-letter record.</summary>
    Common,

    /// <summary>A JSON file in a place the layout does not allow.</summary>
    Misplaced,
}
