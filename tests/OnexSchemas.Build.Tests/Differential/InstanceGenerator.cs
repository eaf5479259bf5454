using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace OnexSchemas.Build.Tests.Differential;

/// <summary>One generated instance: its JSON and how it was made (valid, or which single mutation of a valid one).</summary>
internal sealed record Instance(JsonNode? Json, string Description)
{
    public string Text => Json is null ? "null" : Json.ToJsonString(InstanceGenerator.WriteOptions);
}

/// <summary>
/// Generates instances of a draft-07 schema by walking the schema JSON: valid ones, and near-valid ones that are one
/// mutation away from a valid one (a member dropped or added, a wrong type, a bound or pattern just missed, a format
/// broken or merely respelled...). Near-valid is not necessarily invalid: some mutations keep the instance valid on
/// purpose (3.0 for an integer, an upper-case uuid, a lower-case 't'), which is exactly where implementations differ.
/// </summary>
/// <remarks>
/// The input space deliberately leaves out a few known differences, each named where it is left out and listed in
/// <see cref="KnownDifferences"/>: strings whose code-point and grapheme counts differ, a newline before the end of a
/// '$'-anchored pattern, date-times the oracle accepts beyond RFC 3339 or .NET cannot represent, uuids padded with
/// white space, numbers beyond long/double precision, lone surrogates, URIs where the oracle departs from RFC 3986.
/// Duplicate member names are not generated either: RFC 8259 leaves their meaning open.
/// </remarks>
internal static class InstanceGenerator
{
    public static readonly JsonSerializerOptions WriteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Largest lengths and item counts generated at a boundary; above them only shorter values are generated.
    private const int BoundaryLengthCap = 70_000;
    private const int PatternBoundaryLengthCap = 300;
    private const int BoundaryScalarItemsCap = 1_000;
    private const int BoundaryObjectItemsCap = 100;

    // Free text: every code point is its own grapheme cluster, so code-point and grapheme counts agree (known
    // difference 1: JsonSchema.Net counts graphemes). No '\r' (CR LF is one grapheme), no combining marks, ZWJ,
    // variation selectors, regional indicators or emoji modifiers; no lone surrogates (known difference 9).
    private static readonly string[] Ascii = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-./:~\"\\'{}[]<>&@#!?%+=,;|`^*()$\t\n\u0001".Select(c => c.ToString()).ToArray();
    private static readonly string[] Bmp = ["é", "ß", "Ж", "中", "€", "ø", "Ω", "\u00a0", "\u2028", "\ufffd"];
    private static readonly string[] Astral = ["\U0001F600", "\U0001D11E", "\U00020000", "\U0001F680", "\U00010348", "\U0010FFFD"];

    private static readonly Gen<string> CodePoint = Gen.Frequency(
        (16, Gen.OneOf(Ascii)),
        (3, Gen.OneOf(Bmp)),
        (2, Gen.OneOf(Astral)));

    private static readonly Gen<string> AstralPoint = Gen.OneOf(Astral);

    private static readonly JsonNode?[] AnyValues = [null, true, false, 0, 1, -1, 1.5, "", "text", new JsonArray(), new JsonObject(), new JsonObject { ["a"] = 1 }, new JsonArray(1, "x")];

    /// <summary>Valid instances of <paramref name="schema"/>.</summary>
    public static Gen<JsonNode?> Valid(SchemaNode schema) => schema.Type switch
    {
        "object" => ValidObject(schema),
        "array" => ValidArray(schema),
        "string" => ValidString(schema).Select(value => (JsonNode?)JsonValue.Create(value)),
        "integer" => ValidNumber(schema, integer: true),
        "number" => ValidNumber(schema, integer: false),
        "boolean" => Gen.Bool.Select(value => (JsonNode?)JsonValue.Create(value)),
        var other => throw new NotSupportedException($"type {other}"),
    };

    /// <summary>Valid instances (about one in five) and near-valid ones: a valid instance with one mutation at one place.</summary>
    public static Gen<Instance> Instances(SchemaNode schema) =>
        Gen.Frequency(
            (1, Valid(schema).Select(json => new Instance(json, "valid"))),
            (4, NearValid(schema)));

    public static Gen<Instance> NearValid(SchemaNode schema) =>
        Valid(schema).SelectMany(valid =>
        {
            var sites = new List<Site>();
            Collect(valid, schema, [], sites);
            return Gen.Int[0, sites.Count - 1].SelectMany(index => Mutations(sites[index]).Select(mutation => Apply(valid, sites[index], mutation)));
        });

    // ---- valid values ------------------------------------------------------------------------------------------

    private static Gen<JsonNode?> ValidObject(SchemaNode schema)
    {
        var required = schema.Required;
        var members = new List<Gen<(string Name, JsonNode? Value)?>>();
        foreach (var (name, property) in schema.Properties)
        {
            var value = Valid(property).Select(json => ((string, JsonNode?)?)(name, json));
            members.Add(required.Contains(name) ? value : Gen.Frequency((1, Gen.Const(((string, JsonNode?)?)null)), (1, value)));
        }

        var declared = schema.Properties.Select(property => property.Name).ToHashSet();
        var entries = schema.AdditionalProperties is { } values
            ? Gen.Select(MapKey.Where(key => !declared.Contains(key)), Valid(values), (key, json) => (key, json)).List[0, 4]
            : Gen.Const(new List<(string, JsonNode?)>());
        return Gen.Select(Sequence(members), entries, Gen.Int[0, int.MaxValue], (present, extra, shuffle) =>
        {
            var all = present.OfType<(string Name, JsonNode? Value)>().Concat(extra.DistinctBy(entry => entry.Item1)).ToList();
            var random = new Random(shuffle);
            if (random.Next(3) == 0)
            {
                all = all.OrderBy(_ => random.Next()).ToList(); // member order must not matter
            }

            var json = new JsonObject();
            foreach (var (name, value) in all)
            {
                json[name] = value;
            }

            return (JsonNode?)json;
        });
    }

    private static Gen<JsonNode?> ValidArray(SchemaNode schema)
    {
        var items = schema.Items ?? throw new NotSupportedException("array without items");
        var min = schema.MinItems ?? 0;
        var max = schema.MaxItems ?? min + 8;
        var cap = items.Type is "object" or "array" ? BoundaryObjectItemsCap : BoundaryScalarItemsCap;
        var counts = new List<(int, IGen<int>)> { (8, Gen.Int[min, Math.Min(max, min + 4)]), (1, Gen.Const(min)) };
        if (max <= cap)
        {
            counts.Add((1, Gen.Const(max)));
        }

        var item = Valid(items);
        return Gen.Frequency(counts.ToArray()).SelectMany(count =>
        {
            var list = item.Array[count];
            if (schema.UniqueItems)
            {
                // Distinct by JSON value; an item type with few values (an enum) may not reach the count: fewer is fine above minItems.
                list = list.Select(array => array.DistinctBy(Canonical).ToArray()).Where(array => array.Length >= min);
            }

            return list.Select(array => (JsonNode?)new JsonArray(array));
        });
    }

    private static Gen<string> ValidString(SchemaNode schema)
    {
        if (schema.Enum is { } values)
        {
            return Gen.OneOf(values.Select(value => value.GetString()!).ToArray());
        }

        var min = schema.MinLength ?? 0;
        var max = schema.MaxLength;
        var text = schema.Format switch
        {
            "uuid" => Uuid,
            "date-time" => DateTime,
            "uri" => Uri(max),
            _ => null,
        };
        if (schema.Pattern is { } pattern)
        {
            var strings = PatternStrings.For(pattern);
            if (text is not null)
            {
                // A format narrowed by a pattern: keep the formatted values the pattern admits.
                var candidates = schema.Format == "date-time" ? Gen.Frequency((1, text), (3, DateTimes(milliseconds: true))) : text;
                return candidates.Where(value => strings?.IsMatch(value) ?? true);
            }

            if (strings is null)
            {
                throw new NotSupportedException($"pattern outside the generator's subset: {pattern}");
            }

            var matching = strings.Matching.Where(value => Fits(value, min, max));
            if (max is { } limit && limit <= PatternBoundaryLengthCap)
            {
                // At times exactly at a bound, grown or shrunk while still matching.
                var atBound = Gen.Select(strings.Matching, Gen.Bool, (value, upper) => strings.Resize(value, upper ? limit : Math.Max(min, 1)))
                    .Where(value => value is not null && Fits(value, min, max)).Select(value => value!);
                return Gen.Frequency((6, matching), (1, atBound));
            }

            return matching;
        }

        if (text is not null)
        {
            return text;
        }

        var upper = max ?? min + 40;
        var lengths = new List<(int, IGen<int>)> { (10, Gen.Int[min, Math.Min(upper, min + 24)]), (1, Gen.Const(min)) };
        if (upper <= BoundaryLengthCap)
        {
            lengths.Add((1, Gen.Const(upper)));
        }

        return Gen.Frequency(
            (6, Gen.Frequency(lengths.ToArray()).SelectMany(Text)),
            (1, Gen.Frequency(lengths.ToArray()).SelectMany(AstralText)));
    }

    private static Gen<JsonNode?> ValidNumber(SchemaNode schema, bool integer)
    {
        // Known difference 8: values stay within long (integers) and 15 significant digits (numbers), where the generated
        // long and double represent them exactly enough; the oracle computes in decimal.
        var low = schema.Minimum ?? (schema.ExclusiveMinimum is { } exclusiveLow ? exclusiveLow + Step(integer) : (decimal?)null);
        var high = schema.Maximum ?? (schema.ExclusiveMaximum is { } exclusiveHigh ? exclusiveHigh - Step(integer) : (decimal?)null);
        var from = low ?? (high is { } h ? h - 1_000_000 : -1_000_000);
        var to = high ?? from + 1_000_000;
        var value = Gen.Frequency(
            (6, integer ? Gen.Long[(long)from, (long)Math.Min(to, from + 1000)].Select(v => (decimal)v) : Gen.Decimal[from, to].Select(v => Math.Round(v, 6))),
            (1, Gen.Const(from)),
            (1, Gen.Const(to)),
            (1, Gen.Const(high is null ? (integer ? (decimal)long.MaxValue : 123456789012345m) : to)));
        return value.SelectMany(v => NumberText(v, integer)).Select(text => (JsonNode?)Number(text));
    }

    /// <summary>Spellings of one number that JSON Schema treats alike: 3, 3.0, 3e0, 30e-1, -0...</summary>
    private static Gen<string> NumberText(decimal value, bool integer)
    {
        var plain = value.ToString("0.##########", CultureInfo.InvariantCulture);
        var spellings = new List<string> { plain, plain, plain };
        if (decimal.Truncate(value) == value)
        {
            spellings.Add(plain + ".0"); // an integer written with a zero fraction is still an integer
            spellings.Add(plain + "e0");
            if (value != 0 && value % 100 == 0)
            {
                spellings.Add((value / 100).ToString(CultureInfo.InvariantCulture) + "E+2");
            }

            if (value == 0)
            {
                spellings.Add("-0");
                spellings.Add("-0.0");
            }
        }
        else if (!integer)
        {
            spellings.Add((value * 1000).ToString("0.##########", CultureInfo.InvariantCulture) + "e-3");
        }

        return Gen.OneOf(spellings.ToArray());
    }

    // ---- formats -------------------------------------------------------------------------------------------------

    private static readonly Gen<string> Hex32 = Gen.Char["0123456789abcdef"].Array[32].Select(chars => new string(chars));

    private static readonly Gen<string> Uuid = Gen.Select(Hex32, Gen.Int[0, 9], (hex, casing) =>
    {
        var text = $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
        return casing switch
        {
            0 => text.ToUpperInvariant(), // RFC 4122: hex digits are case-insensitive on input
            1 => string.Concat(text.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c)),
            _ => text,
        };
    });

    private static readonly Gen<string> DateTime = DateTimes(milliseconds: false);

    // Known difference 5: dates from 1900 to 2200 (0001 and 9999 only in UTC) and offsets within ±14:00, the range of
    // DateTimeOffset; known difference 4: no leap seconds; known difference 6: no year 0000. With milliseconds: the envelope's stricter spelling.
    private static Gen<string> DateTimes(bool milliseconds) =>
        from year in Gen.Frequency((20, Gen.Int[1900, 2200]), (1, Gen.OneOf(1, 9999)))
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, System.DateTime.DaysInMonth(year, month)]
        from hour in Gen.Int[0, 23]
        from minute in Gen.Int[0, 59]
        from second in Gen.Int[0, 59]
        from fraction in milliseconds
            ? Gen.Int[0, 999].Select(ms => $".{ms:000}")
            : Gen.Frequency((3, Gen.Const(string.Empty)), (2, Gen.Int[1, 9].SelectMany(digits => Gen.Char['0', '9'].Array[digits].Select(chars => "." + new string(chars)))))
        from separator in milliseconds ? Gen.Const('T') : Gen.Frequency((6, Gen.Const('T')), (1, Gen.Const('t')))
        from offset in year is 1 or 9999
            ? (milliseconds ? Gen.Const("Z") : Gen.OneOf("Z", "z"))
            : Gen.Frequency((3, milliseconds ? Gen.OneOf("Z", "+00:00", "-00:00") : Gen.OneOf("Z", "z", "+00:00", "-00:00")), (3, Gen.Select(Gen.Int[-14, 14], Gen.OneOf(0, 15, 30, 45, 59), (h, m) => h is 14 or -14 && m > 0 ? "+14:00" : $"{(h < 0 ? '-' : '+')}{Math.Abs(h):00}:{m:00}")))
        select $"{year:0000}-{month:00}-{day:00}{separator}{hour:00}:{minute:00}:{second:00}{fraction}{offset}";

    private static Gen<string> Uri(int? maxLength)
    {
        var segment = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-._~"].Array[1, 8].Select(chars => new string(chars));
        var common = Gen.Frequency(
            (6, Gen.Select(Gen.OneOf("https", "http", "ftp", "HTTPS"), Gen.OneOf("example.com", "runbooks.omninode.dev", "localhost:8080", "[::1]", "192.168.0.1", "user@host.example"), segment.List[0, 4], Gen.OneOf(string.Empty, "?q=1", "?a=b&c=%20d", "#top"),
                (scheme, host, path, tail) => $"{scheme}://{host}{string.Concat(path.Select(p => "/" + p))}{tail}")),
            (1, Gen.OneOf("urn:isbn:0451450523", "mailto:ops@omninode.dev", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", "tag:omninode.dev,2025:runbook", "file:///etc/hosts")));
        if (maxLength is not { } max || max > BoundaryLengthCap)
        {
            return common;
        }

        // At times exactly maxLength characters long, padded in the path.
        var padded = Gen.Const("https://example.com/" + new string('a', Math.Max(0, max - "https://example.com/".Length)));
        return Gen.Frequency((8, common), (1, padded));
    }

    // ---- mutations -----------------------------------------------------------------------------------------------

    /// <summary>A place in a valid instance: the path to it, its schema, and whether it is a required member.</summary>
    private sealed record Site(IReadOnlyList<string> Path, JsonNode? Value, SchemaNode Schema, bool IsRequiredMember, bool IsMember)
    {
        public string Pointer => Path.Count == 0 ? "(root)" : "/" + string.Join("/", Path.Select(token => token.Replace("~", "~0").Replace("/", "~1")));
    }

    /// <summary>A change at a site: the new value (or removal), a change of the value's container, and what it is.</summary>
    private sealed record Mutation(string Description, Func<JsonNode?, JsonNode?> Change);

    private static void Collect(JsonNode? value, SchemaNode schema, List<string> path, List<Site> sites, bool required = false, bool member = false)
    {
        sites.Add(new Site(path.ToList(), value, schema, required, member));
        switch (value)
        {
            case JsonObject json:
                var requiredNames = schema.Required;
                foreach (var (name, child) in json)
                {
                    if (schema.Member(name) is { } childSchema)
                    {
                        Collect(child, childSchema, [.. path, name], sites, requiredNames.Contains(name), member: true);
                    }
                }

                break;
            case JsonArray array when schema.Items is { } items:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], items, [.. path, i.ToString(CultureInfo.InvariantCulture)], sites);
                }

                break;
        }
    }

    private static Instance Apply(JsonNode? valid, Site site, Mutation mutation)
    {
        var root = valid?.DeepClone();
        if (site.Path.Count == 0)
        {
            return new Instance(mutation.Change(root), $"at (root): {mutation.Description}");
        }

        var container = root!;
        foreach (var token in site.Path.Take(site.Path.Count - 1))
        {
            container = container is JsonArray array ? array[int.Parse(token, CultureInfo.InvariantCulture)]! : container[token]!;
        }

        var last = site.Path[^1];
        var current = container is JsonArray list ? list[int.Parse(last, CultureInfo.InvariantCulture)] : container[last];
        var replacement = mutation.Change(current?.DeepClone());
        if (ReferenceEquals(replacement, Removed))
        {
            container.AsObject().Remove(last);
        }
        else if (container is JsonArray items)
        {
            items[int.Parse(last, CultureInfo.InvariantCulture)] = replacement;
        }
        else
        {
            container[last] = replacement;
        }

        return new Instance(root, $"at {site.Pointer}: {mutation.Description}");
    }

    /// <summary>Marks a member to remove.</summary>
    private static readonly JsonNode Removed = new JsonObject();

    private static Gen<Mutation> Mutations(Site site)
    {
        var schema = site.Schema;
        var options = new List<(int, IGen<Mutation>)>
        {
            (2, WrongType(schema)),
        };
        if (site.IsMember)
        {
            options.Add((2, Gen.Const(new Mutation(site.IsRequiredMember ? "required member set to null" : "optional member set to null", _ => null))));
            if (site.IsRequiredMember)
            {
                options.Add((3, Gen.Const(new Mutation("required member dropped", _ => Removed))));
            }
            else
            {
                options.Add((1, Gen.Const(new Mutation("optional member dropped", _ => Removed))));
            }
        }
        else if (site.Path.Count > 0)
        {
            options.Add((1, Gen.Const(new Mutation("item set to null", _ => null))));
        }

        switch (schema.Type)
        {
            case "object":
                options.Add((4, ObjectMutations(site)));
                break;
            case "array":
                options.Add((5, ArrayMutations(site)));
                break;
            case "string":
                options.Add((8, StringMutations(schema)));
                break;
            case "integer" or "number":
                options.Add((6, NumberMutations(schema, schema.Type == "integer")));
                break;
        }

        return Gen.Frequency(options.ToArray());
    }

    private static Gen<Mutation> WrongType(SchemaNode schema)
    {
        var wrong = AnyValues.Where(value => !HasType(value, schema.Type)).ToArray();
        return Gen.OneOf(wrong).Select(value => new Mutation($"wrong type: {Describe(value)}", _ => value?.DeepClone()));
    }

    private static Gen<Mutation> ObjectMutations(Site site)
    {
        var schema = site.Schema;
        var json = (JsonObject)site.Value!;
        var options = new List<(int, IGen<Mutation>)>();
        var declared = schema.Properties.Select(property => property.Name).ToList();
        if (schema.IsClosed)
        {
            var names = new List<string> { "unexpected", "$schema", "", "__proto__" };
            names.AddRange(declared.Select(name => char.ToUpperInvariant(name[0]) + name[1..])); // members are case-sensitive
            names.AddRange(declared.Select(name => name + " "));
            names.AddRange(declared.Select(name => name.Replace('_', '-')));
            var unknown = names.Where(name => !declared.Contains(name)).Distinct().ToArray();
            options.Add((4, Gen.Select(Gen.OneOf(unknown), Gen.OneOf(AnyValues), (name, value) => new Mutation($"unknown member \"{name}\" added", node =>
            {
                node!.AsObject()[name] = value?.DeepClone();
                return node;
            }))));
        }

        if (schema.AdditionalProperties is { } values)
        {
            // A map: one more entry, valid or with a wrong value.
            options.Add((3, Gen.Select(MapKey.Where(key => !declared.Contains(key) && !json.ContainsKey(key)), Gen.Frequency((1, Valid(values)), (1, Gen.OneOf(AnyValues))), (key, value) => new Mutation($"entry \"{key}\" = {Describe(value)} added", node =>
            {
                node!.AsObject()[key] = value?.DeepClone();
                return node;
            }))));
        }

        var absent = schema.Properties.Where(property => !json.ContainsKey(property.Name)).ToList();
        if (absent.Count > 0)
        {
            // An absent optional member added, valid or null.
            options.Add((2, Gen.Int[0, absent.Count - 1].SelectMany(index => Gen.Frequency((2, Valid(absent[index].Schema)), (1, Gen.Const((JsonNode?)null)))
                .Select(value => new Mutation($"member \"{absent[index].Name}\" = {Describe(value)} added", node =>
                {
                    node!.AsObject()[absent[index].Name] = value?.DeepClone();
                    return node;
                })))));
        }

        return options.Count == 0 ? WrongType(schema) : Gen.Frequency(options.ToArray());
    }

    private static Gen<Mutation> ArrayMutations(Site site)
    {
        var schema = site.Schema;
        var items = schema.Items!;
        var array = (JsonArray)site.Value!;
        var min = schema.MinItems ?? 0;
        var options = new List<(int, IGen<Mutation>)>();
        var cap = items.Type is "object" or "array" ? BoundaryObjectItemsCap : BoundaryScalarItemsCap;
        if (schema.MaxItems is { } max && max <= cap)
        {
            // Filled up to one item beyond maxItems.
            options.Add((3, Valid(items).Array[max + 1 - array.Count].Select(extra => new Mutation($"grown to {max + 1} items (maxItems {max})", node =>
            {
                foreach (var item in extra)
                {
                    node!.AsArray().Add(item);
                }

                return node;
            }))));
        }

        if (min > 0)
        {
            options.Add((2, Gen.Const(new Mutation($"shrunk to {min - 1} items (minItems {min})", node =>
            {
                var list = node!.AsArray();
                while (list.Count > min - 1)
                {
                    list.RemoveAt(list.Count - 1);
                }

                return node;
            }))));
        }

        if (array.Count > 0)
        {
            // The same value twice: a duplicate under uniqueItems; an ordinary array stays valid.
            options.Add((schema.UniqueItems ? 4 : 1, Gen.Int[0, array.Count - 1].Select(index => new Mutation($"item {index} repeated", node =>
            {
                var list = node!.AsArray();
                if (list.Count >= 2)
                {
                    list[(index + 1) % list.Count] = list[index]!.DeepClone();
                }
                else
                {
                    list.Add(list[index]!.DeepClone());
                }

                return node;
            }))));
        }

        options.Add((2, Gen.Select(Gen.Frequency((3, Valid(items)), (1, Gen.OneOf(AnyValues))), Gen.Int[0, array.Count], (value, index) => new Mutation($"item {Describe(value)} inserted at {index}", node =>
        {
            node!.AsArray().Insert(index, value?.DeepClone());
            return node;
        }))));
        return Gen.Frequency(options.ToArray());
    }

    private static Gen<Mutation> StringMutations(SchemaNode schema)
    {
        var options = new List<(int, IGen<Mutation>)>();
        if (schema.Enum is { } values)
        {
            var names = values.Select(value => value.GetString()!).ToList();
            var near = new List<JsonNode?>();
            foreach (var name in names)
            {
                near.Add(name.ToUpperInvariant());
                near.Add(char.ToUpperInvariant(name[0]) + name[1..]);
                near.Add(" " + name);
                near.Add(name + ",");
                near.Add(name + "\u0000");
            }

            near.Add(string.Join(", ", names.Take(2)));
            near.Add(string.Join(",", names.Take(2)));
            near.Add("0");
            near.Add("1");
            near.Add("-1");
            near.Add(0);
            near.Add(1);
            near.Add(names.Count);
            near.Add(string.Empty);
            near.Add("unknown");
            var candidates = near.Where(value => value is not JsonValue text || !text.TryGetValue<string>(out var s) || !names.Contains(s)).ToArray();
            return Gen.OneOf(candidates).Select(value => new Mutation($"enum value {Describe(value)} (allowed: {string.Join(", ", names)})", _ => value?.DeepClone()));
        }

        var min = schema.MinLength ?? 0;
        var max = schema.MaxLength;
        var pattern = schema.Pattern is { } text ? PatternStrings.For(text) : null;
        switch (schema.Format)
        {
            case "uuid":
                options.Add((6, FormatMutation(UuidMutations)));
                break;
            case "date-time":
                options.Add((6, FormatMutation(DateTimeMutations)));
                break;
            case "uri":
                options.Add((6, FormatMutation(UriMutations)));
                break;
        }

        if (pattern is not null)
        {
            // Break the pattern with one foreign character, not at the very end: a final newline is known difference 2.
            options.Add((4, Gen.Select(pattern.Matching, Gen.OneOf(" ", "A", "Z", "-", ".", "_", "!", "é", "\n", "0", "/", "\U0001F600"), Gen.Int[0, 100], (valid, foreign, at) =>
            {
                var points = CodePoints.Split(valid);
                var position = points.Count == 0 ? 0 : at % points.Count;
                foreign = foreign == "\n" && points.Count == 0 ? " " : foreign; // never last: known difference 2
                var broken = string.Concat(points.Take(position)) + foreign + string.Concat(points.Skip(position));
                return new Mutation($"\"{foreign}\" inserted at {position} (pattern {pattern.Pattern})", _ => JsonValue.Create(broken));
            })));
            options.Add((1, Gen.Const(new Mutation("empty string", _ => JsonValue.Create(string.Empty)))));
        }

        if (max is { } limit && limit < BoundaryLengthCap)
        {
            options.Add((3, LengthMutation(pattern, limit, "maxLength")));
            options.Add((2, LengthMutation(pattern, limit + 1, "maxLength")));
        }

        if (min > 0)
        {
            options.Add((2, LengthMutation(pattern, min, "minLength")));
            options.Add((2, LengthMutation(pattern, min - 1, "minLength")));
        }

        options.Add((1, NoFinalNewline(Gen.Int[0, 8].SelectMany(Text), pattern).Select(value => new Mutation($"free text {Describe(value)}", _ => JsonValue.Create(value)))));
        return Gen.Frequency(options.ToArray());

        Gen<Mutation> FormatMutation(Gen<(string Value, string What)> mutations) =>
            mutations.Select(mutation => new Mutation($"{schema.Format} {mutation.What}: \"{mutation.Value}\"", _ => JsonValue.Create(mutation.Value)));
    }

    /// <summary>A string of exactly <paramref name="length"/> code points: matching the pattern if possible, sometimes all astral (two UTF-16 units each).</summary>
    private static Gen<Mutation> LengthMutation(PatternStrings? pattern, int length, string keyword)
    {
        Gen<string> value;
        if (pattern is not null)
        {
            if (length > PatternBoundaryLengthCap)
            {
                return NoFinalNewline(Text(length), pattern).Select(text => new Mutation($"{length} code points of free text ({keyword})", _ => JsonValue.Create(text)));
            }

            value = pattern.Matching.Select(match => pattern.Resize(match, length) ?? string.Concat(Enumerable.Repeat("a", length)));
        }
        else
        {
            value = Gen.Frequency((2, Text(length)), (1, AstralText(length)));
        }

        return value.Select(text => new Mutation($"{length} code points, {text.Length} UTF-16 units ({keyword})", _ => JsonValue.Create(text)));
    }

    private static Gen<(string, string)> UuidMutations =>
        Gen.Select(Uuid, Gen.Int[0, 10], (valid, kind) => kind switch
        {
            0 => ("{" + valid + "}", "in braces"),
            1 => ("(" + valid + ")", "in parentheses"),
            2 => (valid.Replace("-", string.Empty), "without hyphens"),
            3 => (valid[..^1], "one digit short"),
            4 => (valid + "0", "one digit long"),
            5 => (valid[..^1] + "g", "with a non-hex digit"),
            6 => ("urn:uuid:" + valid, "as a URN"),
            7 => (valid.ToUpperInvariant(), "in upper case"),
            8 => (valid[..8] + valid[9..13] + "-" + valid[13..], "with a misplaced hyphen"),
            9 => ("0x" + valid, "with a hex prefix"),
            // Known difference 7: not " " + valid or valid + " " (the oracle trims white space).
            _ => (string.Empty, "empty"),
        });

    private static Gen<(string, string)> DateTimeMutations =>
        Gen.Select(DateTime, Gen.Int[0, 17], (valid, kind) => kind switch
        {
            0 => (WithoutOffset(valid), "without an offset"),
            1 => (valid.ToLowerInvariant(), "in lower case"),
            2 => (valid[..10], "date only"),
            3 => (valid[..4] + "-13" + valid[7..], "month 13"),
            4 => (valid[..8] + "32" + valid[10..], "day 32"),
            5 => ("2023-02-29" + valid[10..], "29 February of a common year"),
            6 => ("2024-02-29" + valid[10..], "29 February of a leap year"),
            7 => (valid[..11] + "24" + valid[13..], "hour 24"),
            8 => (valid[..14] + "60" + valid[16..], "minute 60"),
            9 => (WithoutOffset(valid) + "+0200", "offset without a colon"),
            10 => (WithoutOffset(valid) + "+02", "offset without minutes"),
            11 => (WithoutOffset(valid) + "+02:60", "offset minute 60"),
            12 => (valid[..19] + "." + valid[19..], "a point without digits"),
            13 => (valid.Replace("-", "/"), "slashes in the date"),
            14 => (valid[..10] + valid[11..], "no time separator"),
            15 => (WithoutOffset(valid) + "+24:00", "offset 24:00"),
            16 => (valid[..17] + "61" + valid[19..], "second 61"),
            // Known differences 3 and 4: not ' ' or '_' as the separator, not a final newline, not second 60.
            _ => ("2025-10-18T10:00:00.000", "the envelope's spelling without its Z"),
        });

    private static string WithoutOffset(string dateTime)
    {
        var end = dateTime.Length;
        if (dateTime[^1] is 'Z' or 'z')
        {
            end--;
        }
        else if (dateTime.Length > 6 && dateTime[^6] is '+' or '-')
        {
            end -= 6;
        }

        return dateTime[..end];
    }

    private static Gen<(string, string)> UriMutations =>
        Gen.OneOf(
            ("/runbooks/high-lag", "relative reference (absolute path)"),
            ("runbooks/high-lag", "relative reference (relative path)"),
            ("//example.com/runbooks", "network-path reference"),
            ("https://exa mple.com/", "space in the host"),
            ("https://example.com/a b", "space in the path"),
            ("https://example.com/é", "non-ASCII in the path (an IRI, not a URI)"),
            ("https://例え.jp/", "non-ASCII host (an IRI, not a URI)"),
            ("bar,baz:foo", "comma in the scheme"),
            ("1http://example.com", "scheme starting with a digit"),
            ("\\\\WINDOWS\\fileshare", "UNC path"),
            (":// should fail", "missing scheme"),
            ("https://example.com/<tag>", "'<' in the path"),
            ("", "empty"),
            ("C:\\runbooks\\lag.md", "Windows path"),
            ("https://example.com/?q=<b>", "'<' in the query"));
            // Known difference 10: not a second '#' or a bad percent-encoding (the oracle accepts them).

    private static Gen<Mutation> NumberMutations(SchemaNode schema, bool integer)
    {
        var options = new List<(int, IGen<Mutation>)>();
        var deltas = integer ? new[] { 1m, 0.5m } : [1m, 0.5m, 0.001m, 0.000000001m];
        foreach (var (bound, name, sign) in new[] { (schema.Minimum, "minimum", -1), (schema.Maximum, "maximum", 1), (schema.ExclusiveMinimum, "exclusiveMinimum", 0), (schema.ExclusiveMaximum, "exclusiveMaximum", 0) })
        {
            if (bound is not { } b)
            {
                continue;
            }

            var near = new List<decimal> { b };
            near.AddRange(deltas.Select(delta => b + (sign == 0 ? delta : sign * delta)));
            near.AddRange(deltas.Select(delta => b - (sign == 0 ? delta : sign * delta)));
            options.Add((4, Gen.OneOf(near.ToArray()).SelectMany(value => NumberText(value, integer)).Select(text => new Mutation($"{text} ({name} {b})", _ => Number(text)))));
        }

        if (integer)
        {
            options.Add((3, Gen.OneOf("3.5", "0.5", "1.5e0", "-0.1", "1e-1", "2.0000001").Select(text => new Mutation($"{text} (not an integer)", _ => Number(text)))));
            options.Add((2, Gen.OneOf("3.0", "1e2", "1.5e1", "100E-2", "-0.0").Select(text => new Mutation($"{text} (an integer spelled with a fraction or exponent)", _ => Number(text)))));
        }

        options.Add((1, Gen.OneOf("\"1\"", "\"0\"").Select(text => new Mutation($"{text} (a number as a string)", _ => JsonNode.Parse(text)))));
        return Gen.Frequency(options.ToArray());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static readonly Gen<string> MapKey = Gen.Frequency(
        (4, Gen.Char["abcdefghijklmnopqrstuvwxyz_"].Array[1, 10].Select(chars => new string(chars))),
        (1, Gen.OneOf("a/b", "a~b", "~1", "", "é", "key with space", "\U0001F600", "0")));

    // Known difference 2: under a pattern, no final newline ('$' in .NET, and so in the oracle, matches before it).
    private static Gen<string> NoFinalNewline(Gen<string> text, PatternStrings? pattern) =>
        pattern is null ? text : text.Select(value => value.EndsWith('\n') ? value[..^1] + "x" : value);

    private static Gen<string> Text(int length) => CodePoint.Array[length].Select(string.Concat);

    private static Gen<string> AstralText(int length) => Gen.Frequency((3, AstralPoint), (1, CodePoint)).Array[length].Select(string.Concat);

    private static bool Fits(string value, int min, int? max)
    {
        var length = CodePoints.Count(value);
        return length >= min && (max is null || length <= max);
    }

    private static decimal Step(bool integer) => integer ? 1m : 0.001m;

    private static JsonNode Number(string text) => JsonNode.Parse(text)!;

    private static string Canonical(JsonNode? value) => value is null ? "null" : value.ToJsonString();

    private static bool HasType(JsonNode? value, string type) => (value?.GetValueKind(), type) switch
    {
        (null, _) => false,
        (JsonValueKind.Object, "object") or (JsonValueKind.Array, "array") or (JsonValueKind.String, "string") => true,
        (JsonValueKind.True or JsonValueKind.False, "boolean") => true,
        (JsonValueKind.Number, "number") => true,
        (JsonValueKind.Number, "integer") => decimal.Parse(value!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) % 1 == 0,
        _ => false,
    };

    private static string Describe(JsonNode? value)
    {
        var text = value is null ? "null" : value.ToJsonString(WriteOptions);
        return text.Length > 60 ? text[..57] + "..." : text;
    }

    private static Gen<List<T>> Sequence<T>(IReadOnlyList<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(new List<T>()).Select(list => list), (all, next) => Gen.Select(all, next, (list, item) => new List<T>(list) { item }));
}
