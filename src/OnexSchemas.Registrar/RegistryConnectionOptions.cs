namespace OnexSchemas.Registrar;

/// <summary>How to reach a schema registry: its address, credentials and trust.</summary>
public sealed class RegistryConnectionOptions
{
    /// <summary>The registry's base address, for example <c>http://127.0.0.1:8081</c>.</summary>
    public required Uri Url { get; init; }

    /// <summary>The basic-auth user; with <see cref="Password"/>. Credentials in <see cref="Url"/>'s user info count too.</summary>
    public string? Username { get; init; }

    /// <summary>The basic-auth password.</summary>
    public string? Password { get; init; }

    /// <summary>A bearer token, sent as <c>Authorization: Bearer …</c>; exclusive with basic auth.</summary>
    public string? BearerToken { get; init; }

    /// <summary>A PEM file of the certificate authorities the registry's TLS certificate is checked against, instead of the system's.</summary>
    public string? CaCertificateFile { get; init; }

    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How requests that failed for a passing reason (connection, 5xx, 408, 429) are retried.</summary>
    public RegistryRetryPolicy Retry { get; init; } = new();

    /// <summary>The secrets of these options, which no message may show.</summary>
    internal IEnumerable<string> Secrets()
    {
        var (user, password) = UserInfo();
        foreach (var secret in new[] { password, BearerToken, user is null || password is null ? null : $"{user}:{password}" })
        {
            if (!string.IsNullOrEmpty(secret))
            {
                yield return secret;
            }
        }
    }

    /// <summary>The basic-auth credentials: the options', else the URL's user info.</summary>
    internal (string? User, string? Password) UserInfo()
    {
        if (Username is not null || Password is not null)
        {
            return (Username, Password);
        }

        if (string.IsNullOrEmpty(Url.UserInfo))
        {
            return (null, null);
        }

        var parts = Url.UserInfo.Split(':', 2);
        return (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null);
    }
}
