using System.CommandLine;
using OnexSchemas.Registrar;

namespace OnexSchemas.Cli;

/// <summary>
/// The options of every command that talks to a registry, and the connection they name: each option, else its
/// environment variable (<see cref="RegistryEnvironment"/>). Secrets are better passed in the environment, where
/// they stay out of the process list and the shell's history.
/// </summary>
internal sealed class RegistryConnectionChoice
{
    private readonly Option<string?> _url = new("--registry")
    {
        Description = $"The schema registry's address (default: ${RegistryEnvironment.Url}). User info in it (https://user:password@host) is basic auth.",
        HelpName = "URL",
    };

    private readonly Option<string?> _user = new("--registry-user")
    {
        Description = $"Basic-auth user (default: ${RegistryEnvironment.Username}); the password comes from ${RegistryEnvironment.Password}.",
        HelpName = "USER",
    };

    private readonly Option<string?> _tokenFile = new("--registry-token-file")
    {
        Description = $"A file whose content is a bearer token (default: the token in ${RegistryEnvironment.Token}).",
        HelpName = "FILE",
    };

    private readonly Option<FileInfo?> _ca = new("--registry-ca")
    {
        Description = $"A PEM file of certificate authorities to trust for the registry's TLS certificate (default: ${RegistryEnvironment.CaFile}).",
        HelpName = "FILE",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_url);
        command.Options.Add(_user);
        command.Options.Add(_tokenFile);
        command.Options.Add(_ca);
    }

    /// <summary>The connection's options, or a <see cref="UsageException"/> that says how to name a registry.</summary>
    public RegistryConnectionOptions Resolve(ParseResult parseResult)
    {
        var text = parseResult.GetValue(_url) ?? Environment(RegistryEnvironment.Url);
        if (text is null)
        {
            throw new UsageException(
                $"no schema registry: pass --registry URL or set {RegistryEnvironment.Url}. To use the local one, start it in another shell with " +
                $"'onex-schemas registry serve' (it listens on {RegistryEnvironment.LocalDefaultUrl}) and pass --registry {RegistryEnvironment.LocalDefaultUrl}");
        }

        if (!Uri.TryCreate(text.Contains("://", StringComparison.Ordinal) ? text : "http://" + text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--registry '{CredentialMaskedText(text)}' is not an http:// or https:// address");
        }

        string? token = null;
        if (parseResult.GetValue(_tokenFile) is { } tokenFile)
        {
            try
            {
                token = File.ReadAllText(tokenFile).Trim();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"--registry-token-file '{tokenFile}' could not be read: {exception.Message}");
            }
        }

        token ??= Environment(RegistryEnvironment.Token);
        var user = parseResult.GetValue(_user) ?? Environment(RegistryEnvironment.Username);
        var password = Environment(RegistryEnvironment.Password);
        if (user is null && password is not null && string.IsNullOrEmpty(url.UserInfo))
        {
            throw new UsageException($"{RegistryEnvironment.Password} is set without a user: pass --registry-user or set {RegistryEnvironment.Username}");
        }

        if (token is not null && (user is not null || !string.IsNullOrEmpty(url.UserInfo)))
        {
            throw new UsageException("both a bearer token and basic-auth credentials were given; a registry takes one");
        }

        if (user is not null && !string.IsNullOrEmpty(url.UserInfo))
        {
            throw new UsageException("basic-auth credentials were given twice, in the --registry address and as a user; give them once");
        }

        if (user is not null && password is null)
        {
            throw new UsageException($"a registry user was given without a password: set {RegistryEnvironment.Password}");
        }

        var ca = parseResult.GetValue(_ca)?.FullName ?? Environment(RegistryEnvironment.CaFile);
        return new RegistryConnectionOptions { Url = url, Username = user, Password = user is null ? null : password, BearerToken = token, CaCertificateFile = ca };
    }

    private static string? Environment(string name) => System.Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    // An address that does not parse may still hold a password: show nothing before its last '@'.
    private static string CredentialMaskedText(string text) => text.LastIndexOf('@') is var at and >= 0 ? CredentialMask.Mask + text[at..] : text;
}
