namespace OnexSchemas.Build.CodeGeneration;

/// <summary>
/// The source of <c>OnexJsonMetadata</c>, emitted once per project: serializer metadata built from a generic record's
/// members with the public API System.Text.Json's own generator emits calls to. The generator sees only closed types,
/// so it compiled one copy of the envelope's metadata per payload type (half of all the code it generated for the
/// tree); the envelope's template now builds it once, generically, with these helpers.
/// </summary>
internal static class JsonMetadataSource
{
    public const string ClassName = "OnexJsonMetadata";

    public static string Source(string @namespace, string version) => $$"""
        namespace {{@namespace}};

        /// <summary>
        /// Builds serializer metadata as System.Text.Json's source generator does (no reflection, trim and AOT safe), for the
        /// generic envelope, whose metadata that generator can only make once per closed type. Used by generated code.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCode("OnexSchemas.Build", "{{version}}")]
        internal static class {{ClassName}}
        {
            /// <summary>The metadata of an object made through its member initializers, as records with init-only members are.</summary>
            /// <typeparam name="T">The object's type.</typeparam>
            /// <param name="context">The serializer context whose options and metadata the members use.</param>
            /// <param name="create">Makes the object from the members' values, in the order of <paramref name="parameters"/>.</param>
            /// <param name="properties">The members' metadata.</param>
            /// <param name="parameters">The members' initializer parameters.</param>
            /// <returns>The metadata, bound to the context's options.</returns>
            public static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> Object<T>(
                global::System.Text.Json.Serialization.JsonSerializerContext context,
                global::System.Func<object[], T> create,
                global::System.Func<global::System.Text.Json.JsonSerializerOptions, global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo[]> properties,
                global::System.Func<global::System.Text.Json.Serialization.Metadata.JsonParameterInfoValues[]> parameters)
                where T : notnull
            {
                var options = context.Options;
                var typeInfo = global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateObjectInfo(
                    options,
                    new global::System.Text.Json.Serialization.Metadata.JsonObjectInfoValues<T>
                    {
                        ObjectWithParameterizedConstructorCreator = create,
                        PropertyMetadataInitializer = _ => properties(options),
                        ConstructorParameterMetadataInitializer = parameters,
                    });
                typeInfo.OriginatingResolver = context;
                return typeInfo;
            }

            /// <summary>The metadata of one init-only member.</summary>
            /// <typeparam name="TDeclaring">The type declaring the member.</typeparam>
            /// <typeparam name="TProperty">The member's type.</typeparam>
            /// <param name="options">The options the metadata belongs to.</param>
            /// <param name="name">The C# name.</param>
            /// <param name="jsonName">The name on the wire.</param>
            /// <param name="getter">Reads the member.</param>
            /// <param name="required">Whether the member must be present on read.</param>
            /// <param name="nullable">Whether JSON <c>null</c> is a value of the member; when not, null is refused on read and on write.</param>
            /// <param name="converter">The member's own converter, or null for the options' converter of its type.</param>
            /// <param name="ignore">When the member is left out on write, or null for the options' default.</param>
            /// <returns>The member's metadata.</returns>
            public static global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo Property<TDeclaring, TProperty>(
                global::System.Text.Json.JsonSerializerOptions options,
                string name,
                string jsonName,
                global::System.Func<TDeclaring, TProperty> getter,
                bool required,
                bool nullable,
                global::System.Text.Json.Serialization.JsonConverter<TProperty>? converter = null,
                global::System.Text.Json.Serialization.JsonIgnoreCondition? ignore = null)
            {
                var property = global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreatePropertyInfo(
                    options,
                    new global::System.Text.Json.Serialization.Metadata.JsonPropertyInfoValues<TProperty>
                    {
                        IsProperty = true,
                        IsPublic = true,
                        DeclaringType = typeof(TDeclaring),
                        Converter = converter,
                        Getter = value => getter((TDeclaring)value),
                        // Init-only: values are passed to the initializers (Object's create), never set afterwards.
                        Setter = static (_, _) => throw new global::System.InvalidOperationException("init-only members are set through their initializers"),
                        IgnoreCondition = ignore,
                        PropertyName = name,
                        JsonPropertyName = jsonName,
                    });
                property.IsRequired = required;
                if (!nullable)
                {
                    property.IsGetNullable = false;
                    property.IsSetNullable = false;
                }

                return property;
            }

            /// <summary>The initializer parameter of one init-only member.</summary>
            /// <typeparam name="TProperty">The member's type.</typeparam>
            /// <param name="name">The member's C# name.</param>
            /// <param name="position">Its index in the values Object's create receives.</param>
            /// <param name="nullable">Whether JSON <c>null</c> is a value of the member.</param>
            /// <returns>The parameter.</returns>
            public static global::System.Text.Json.Serialization.Metadata.JsonParameterInfoValues Initializer<TProperty>(string name, int position, bool nullable) => new()
            {
                Name = name,
                ParameterType = typeof(TProperty),
                Position = position,
                IsNullable = nullable,
                IsMemberInitializer = true,
            };
        }

        """;
}
