using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OnexSchemas.Build.Generator.Model;

/// <summary>
/// Where in an additional file a diagnostic points, as plain data: <see cref="Location"/> itself is not something to
/// keep in a cached model.
/// </summary>
/// <param name="FilePath">The additional file's path as the build gave it.</param>
/// <param name="Span">The character span in the file.</param>
/// <param name="LineSpan">The same span as zero-based lines and columns.</param>
internal sealed record DiagnosticLocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The start of a file, for problems that belong to the whole file.</summary>
    public static DiagnosticLocationInfo FileStart(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));

    /// <summary>A span of a file whose text is known, with its real lines.</summary>
    public static DiagnosticLocationInfo In(string filePath, SourceText text, int start, int length)
    {
        if (start > text.Length)
        {
            start = text.Length;
        }

        if (start + length > text.Length)
        {
            length = text.Length - start;
        }

        var span = new TextSpan(start, length);
        return new DiagnosticLocationInfo(filePath, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>The Roslyn location.</summary>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}

/// <summary>A diagnostic as data, value-equal; turned into a <see cref="Diagnostic"/> only when reported.</summary>
/// <param name="Id">The descriptor id, ONEXG001 and so on.</param>
/// <param name="Location">Where it points.</param>
/// <param name="Arguments">The message format arguments.</param>
internal sealed record DiagnosticInfo(string Id, DiagnosticLocationInfo Location, EquatableArray<string> Arguments)
{
    /// <summary>Creates a diagnostic for a descriptor.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, DiagnosticLocationInfo location, params string[] arguments) =>
        new(descriptor.Id, location, new EquatableArray<string>(arguments));

    /// <summary>The Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic()
    {
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(GeneratorDiagnostics.Find(Id), Location.ToLocation(), arguments);
    }
}
