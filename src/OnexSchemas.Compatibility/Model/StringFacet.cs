namespace OnexSchemas.Compatibility.Model;

/// <summary>The string keywords the registry compares.</summary>
internal sealed class StringFacet
{
    /// <summary><c>minLength</c>.</summary>
    public int? MinLength { get; set; }

    /// <summary><c>maxLength</c>.</summary>
    public int? MaxLength { get; set; }

    /// <summary><c>pattern</c>, compared as text.</summary>
    public string? Pattern { get; set; }
}
