namespace OnexSchemas.Registry;

/// <summary>Why a topic's registered form cannot be built, at a file and a place in it.</summary>
/// <param name="Path">The schema file, relative to the schema root.</param>
/// <param name="Pointer">The JSON pointer of the member at fault; empty for the whole file.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record RegisteredFormProblem(string Path, string Pointer, string Message);
