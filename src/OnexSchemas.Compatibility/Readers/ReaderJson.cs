using System.Text.Json.Serialization;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>Source-generated serialization of the few values the reader verdict turns into JSON.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class ReaderJson : JsonSerializerContext;
