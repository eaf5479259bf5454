namespace OnexSchemas.Registrar;

/// <summary>One difference between the tree and the registry.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Kind">How they differ.</param>
/// <param name="Detail">What each side holds.</param>
public sealed record Drift(string Subject, DriftKind Kind, string Detail);
