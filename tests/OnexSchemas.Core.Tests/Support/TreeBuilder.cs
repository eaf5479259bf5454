using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnexSchemas.Diagnostics;
using OnexSchemas.Linting;
using OnexSchemas.Loading;
using OnexSchemas.Model;

namespace OnexSchemas.Tests.Support;

/// <summary>
/// A schema tree on disk for one test: <c>{temp}/onex-schemas-tests/{unique}/schemas</c>, deleted on dispose. It starts
/// as <see cref="ValidTree"/> (or empty) and a test changes one file, as text or as a <see cref="JsonObject"/>.
/// The root sits one level below <see cref="Workspace"/>, so files "next to the root" can be written for real.
/// </summary>
public sealed class TreeBuilder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private TreeBuilder(bool valid)
    {
        Workspace = Path.Combine(Path.GetTempPath(), "onex-schemas-tests", Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Workspace, "schemas");
        Directory.CreateDirectory(Root);
        if (valid)
        {
            foreach (var (path, text) in ValidTree.Files)
            {
                Write(path, text);
            }
        }
    }

    /// <summary>A tree holding <see cref="ValidTree"/>.</summary>
    public static TreeBuilder Valid() => new(valid: true);

    /// <summary>An empty root.</summary>
    public static TreeBuilder Empty() => new(valid: false);

    /// <summary>The directory holding the root; deleted on dispose.</summary>
    public string Workspace { get; }

    /// <summary>The schema root, <c>{Workspace}/schemas</c>.</summary>
    public string Root { get; }

    /// <summary>The absolute path of a root-relative path (which may climb out of the root with '..').</summary>
    public string FullPath(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>Writes a file as UTF-8 without a byte-order mark.</summary>
    public TreeBuilder Write(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

    /// <summary>Writes a file's exact bytes.</summary>
    public TreeBuilder WriteBytes(string relativePath, byte[] bytes)
    {
        var full = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Creates a file of <paramref name="length"/> bytes without writing them (sparse where the file system allows).</summary>
    public TreeBuilder WriteSized(string relativePath, long length)
    {
        var full = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.Create, FileAccess.Write);
        stream.SetLength(length);
        return this;
    }

    /// <summary>The text of a file.</summary>
    public string Read(string relativePath) => File.ReadAllText(FullPath(relativePath), Utf8NoBom);

    /// <summary>Deletes a file.</summary>
    public TreeBuilder Delete(string relativePath)
    {
        File.Delete(FullPath(relativePath));
        return this;
    }

    /// <summary>Moves a file to another root-relative path, content unchanged.</summary>
    public TreeBuilder Move(string from, string to)
    {
        var target = FullPath(to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(FullPath(from), target);
        return this;
    }

    /// <summary>Replaces text that occurs exactly once in a file (so a fixture edit cannot silently miss or over-match).</summary>
    public TreeBuilder Replace(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{oldText}' must occur exactly once in {relativePath}");
        }

        return Write(relativePath, string.Concat(text.AsSpan(0, first), newText, text.AsSpan(first + oldText.Length)));
    }

    /// <summary>Edits a file as a JSON object and writes it back indented (two spaces, one member per line).</summary>
    public TreeBuilder Edit(string relativePath, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(Read(relativePath))!.AsObject();
        edit(node);
        return Write(relativePath, node.ToJsonString(Indented) + "\n");
    }

    /// <summary>The position of <paramref name="needle"/> in a file (after <paramref name="after"/>, when given).</summary>
    public (int Line, int Column) PositionOf(string relativePath, string needle, string? after = null) =>
        TextPosition.Of(Read(relativePath), needle, after);

    /// <summary>The location a finding at <paramref name="needle"/> of a file has.</summary>
    public SourceLocation LocationOf(string relativePath, string needle, string? after = null)
    {
        var (line, column) = PositionOf(relativePath, needle, after);
        return new SourceLocation(FullPath(relativePath), line, column);
    }

    /// <summary>The location of a finding about a whole file.</summary>
    public SourceLocation FileLocation(string relativePath) => new(FullPath(relativePath));

    /// <summary>Loads the tree.</summary>
    public SchemaTree Load(LoadOptions? options = null) => SchemaTreeLoader.Load(Root, options);

    /// <summary>Loads and lints the tree.</summary>
    public LintResult Lint() => SchemaLinter.Lint(Load());

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Workspace, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is not worth failing a test over.
        }
    }
}
