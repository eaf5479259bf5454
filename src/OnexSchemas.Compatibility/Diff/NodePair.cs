using System.Runtime.CompilerServices;
using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>An (original, update) pair compared by node identity, the unit of cycle detection and memoisation.</summary>
/// <param name="Original">The node from the original side.</param>
/// <param name="Update">The node from the update side.</param>
internal readonly record struct NodePair(SchemaNode Original, SchemaNode Update)
{
    /// <summary>Identity equality: two structurally equal nodes at different places are different pairs.</summary>
    /// <param name="other">The other pair.</param>
    /// <returns>Whether both sides are the same objects.</returns>
    public bool Equals(NodePair other) =>
        ReferenceEquals(Original, other.Original) && ReferenceEquals(Update, other.Update);

    /// <summary>A hash of both identities.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(Original), RuntimeHelpers.GetHashCode(Update));
}
