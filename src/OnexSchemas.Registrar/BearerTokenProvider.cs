using System.Net.Http.Headers;
using Confluent.SchemaRegistry;

namespace OnexSchemas.Registrar;

/// <summary>
/// A plain <c>Authorization: Bearer</c> header. The client's own static-token source also sends Confluent Cloud's
/// identity-pool and cluster headers and requires them; Redpanda takes the token alone.
/// </summary>
internal sealed class BearerTokenProvider(string token) : IAuthenticationHeaderValueProvider
{
    public AuthenticationHeaderValue GetAuthenticationHeader() => new("Bearer", token);
}
