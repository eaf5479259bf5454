using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OnexSchemas.Build.Generator.Tests.Infrastructure;

/// <summary>Global analyzer-config options, as the SDK writes them from CompilerVisibleProperty items.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values = new(values, KeyComparer);

        // [NotNullWhen] is left off: the generator compiles its own netstandard2.0 copy of the attribute, which this
        // project sees through InternalsVisibleTo beside the framework's, so naming it would be ambiguous (CS0433).
#pragma warning disable CS8765
        public override bool TryGetValue(string key, out string? value) => _values.TryGetValue(key, out value);
#pragma warning restore CS8765
    }
}
