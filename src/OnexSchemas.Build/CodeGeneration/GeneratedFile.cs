namespace OnexSchemas.Build.CodeGeneration;

/// <summary>One generated C# file: its file name (no directory) and its text.</summary>
/// <param name="FileName">E.g. <c>Codegen.ValidateRequestV1.g.cs</c>.</param>
/// <param name="Content">The C# source, with '\n' line endings.</param>
public sealed record GeneratedFile(string FileName, string Content);
