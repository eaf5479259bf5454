// netstandard2.0 lacks the marker type the compiler needs for init accessors (and so for records).
namespace System.Runtime.CompilerServices
{
    /// <summary>Reserved for the compiler: marks init-only setters.</summary>
    internal static class IsExternalInit
    {
    }
}
