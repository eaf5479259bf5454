namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>The JSON Schema drafts Redpanda's registry accepts; any other <c>$schema</c> is refused.</summary>
internal enum RedpandaDialect
{
    /// <summary><c>http://json-schema.org/draft-04/schema#</c>: <c>id</c>, boolean exclusive bounds.</summary>
    Draft4,

    /// <summary><c>http://json-schema.org/draft-06/schema#</c>.</summary>
    Draft6,

    /// <summary><c>http://json-schema.org/draft-07/schema#</c>.</summary>
    Draft7,

    /// <summary><c>https://json-schema.org/draft/2019-09/schema#</c>.</summary>
    Draft201909,

    /// <summary><c>https://json-schema.org/draft/2020-12/schema#</c>: tuples in <c>prefixItems</c>, the rest in <c>items</c>.</summary>
    Draft202012,
}
