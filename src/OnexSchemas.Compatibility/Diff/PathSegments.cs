using System.Globalization;
using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>Path segments built once, so positional paths do not allocate in the walk.</summary>
internal static class PathSegments
{
    private const int Cached = 64;
    private static readonly string[] Indexes = Build(static i => i.ToString(CultureInfo.InvariantCulture));
    private static readonly string[] AllOf = Build(static i => "allOf/" + i.ToString(CultureInfo.InvariantCulture));
    private static readonly string[] AnyOf = Build(static i => "anyOf/" + i.ToString(CultureInfo.InvariantCulture));
    private static readonly string[] OneOf = Build(static i => "oneOf/" + i.ToString(CultureInfo.InvariantCulture));

    /// <summary>A position, for example <c>2</c>.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The segment.</returns>
    public static string Index(int index) =>
        index < Cached ? Indexes[index] : index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A branch of a combined schema as the registry names it, for example <c>oneOf/1</c>.</summary>
    /// <param name="criterion">The combinator of the original schema.</param>
    /// <param name="index">The branch index in the original schema.</param>
    /// <returns>The segment.</returns>
    public static string Branch(CombinedCriterion criterion, int index)
    {
        var table = criterion switch
        {
            CombinedCriterion.AllOf => AllOf,
            CombinedCriterion.AnyOf => AnyOf,
            _ => OneOf,
        };
        return index < Cached ? table[index] : table[0][..6] + index.ToString(CultureInfo.InvariantCulture);
    }

    private static string[] Build(Func<int, string> make)
    {
        var table = new string[Cached];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = make(i);
        }

        return table;
    }
}
