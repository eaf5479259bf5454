namespace OnexSchemas.Registrar;

/// <summary>How the registrar runs.</summary>
public sealed class RegistrarOptions
{
    /// <summary>How many subjects are planned or applied at once.</summary>
    public int Concurrency { get; init; } = 4;
}
