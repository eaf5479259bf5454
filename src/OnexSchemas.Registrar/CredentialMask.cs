using System.Text;

namespace OnexSchemas.Registrar;

/// <summary>Keeps credentials out of everything printed: addresses lose their user info, messages their secrets.</summary>
public static class CredentialMask
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>The address without a password or token in its user info, for example <c>https://ci:***@registry/</c>.</summary>
    public static string Url(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(url.UserInfo))
        {
            return url.ToString();
        }

        var user = url.UserInfo.Split(':', 2)[0];
        return new UriBuilder(url) { UserName = user, Password = Mask }.Uri.ToString();
    }

    /// <summary>The address with no user info at all: what a client is given when the credentials travel apart.</summary>
    public static Uri WithoutUserInfo(Uri url) =>
        string.IsNullOrEmpty(url.UserInfo) ? url : new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri;

    /// <summary>
    /// <paramref name="text"/> with every secret replaced, in plain, URL-escaped and base64 (basic-auth header) form.
    /// </summary>
    public static string Scrub(string text, IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var secret in secrets.Where(secret => secret.Length > 0).OrderByDescending(secret => secret.Length))
        {
            foreach (var form in new[] { secret, Uri.EscapeDataString(secret), Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)) })
            {
                text = text.Replace(form, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
