using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace OnexSchemas.Registrar;

/// <summary>Checks a server certificate against the certificate authorities of one PEM file instead of the system's.</summary>
internal static class CustomCaTrust
{
    /// <summary>The certificates of a PEM file; an <see cref="IOException"/> names the file when it has none or cannot be read.</summary>
    public static X509Certificate2Collection Load(string file)
    {
        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPemFile(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new IOException($"the CA certificate file '{file}' could not be read: {exception.Message}", exception);
        }

        return roots.Count > 0 ? roots : throw new IOException($"the CA certificate file '{file}' holds no PEM certificate");
    }

    /// <summary>Whether the server certificate's name checks out and its chain ends in one of <paramref name="roots"/>.</summary>
    public static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection roots)
    {
        // A name mismatch or a missing certificate is never forgiven; only the chain is judged against the custom roots.
        if (certificate is not X509Certificate2 server || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server);
    }
}
