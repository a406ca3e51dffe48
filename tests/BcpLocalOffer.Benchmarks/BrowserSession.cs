using System.Net;
using System.Net.Http.Headers;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// One person's browser on the back office: it keeps the site's cookies, reads each form's
/// antiforgery token from the page that holds the form, and does not follow redirects, so every
/// request is timed on its own.
/// </summary>
/// <remarks>
/// Outside Development the sign-in cookie is marked Secure, and .NET's cookie container never
/// sends a Secure cookie over plain HTTP. Browsers treat loopback as a secure origin and do send
/// it, so this session keeps its own jar and sends every cookie the site set, as a browser on
/// localhost would.
/// </remarks>
internal sealed class BrowserSession : IDisposable
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public BrowserSession(Uri baseAddress, string who)
    {
        Who = who;
        Client = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Who is signed in, for messages.</summary>
    public string Who { get; }

    public HttpClient Client { get; }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var header = CookieHeader();
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Remember(response.Headers);
        return response;
    }

    public async Task<HttpResponseMessage> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request, cancellationToken);
    }

    /// <exception cref="BenchmarkFailedException">The page did not answer 200.</exception>
    public async Task<string> GetPageAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await GetAsync(path, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchmarkFailedException($"GET {path} as {Who} answered {(int)response.StatusCode} {Location(response)}".TrimEnd());
        }

        return html;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string action, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request, cancellationToken);
    }

    /// <summary>Posts a form found on a page and expects the redirect that a successful post answers with.</summary>
    /// <exception cref="BenchmarkFailedException">The site answered anything but a redirect.</exception>
    public async Task<Uri> SubmitAsync(HtmlForm form, CancellationToken cancellationToken)
    {
        using var response = await PostFormAsync(form.Action, form.Fields, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther) || response.Headers.Location is null)
        {
            throw new BenchmarkFailedException($"POST {form.Action} as {Who} answered {(int)response.StatusCode} instead of a redirect.");
        }

        return response.Headers.Location;
    }

    /// <exception cref="BenchmarkFailedException">The account could not sign in.</exception>
    public async Task SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        const string SignInPath = "/editorial/sign-in";
        var form = HtmlForm.Find(await GetPageAsync(SignInPath, cancellationToken), SignInPath)
            .With("Email", email)
            .With("Password", password);
        var signedIn = await SubmitAsync(form, cancellationToken);
        if (signedIn.OriginalString.Contains("sign-in", StringComparison.Ordinal))
        {
            throw new BenchmarkFailedException($"{email} could not sign in: the site sent it back to {signedIn}.");
        }
    }

    /// <summary>The Cookie header a request of this session sends; the load loop adds it itself.</summary>
    public string CookieHeader()
    {
        lock (gate)
        {
            return string.Join("; ", cookies.Select(cookie => $"{cookie.Key}={cookie.Value}"));
        }
    }

    public void Dispose() => Client.Dispose();

    private void Remember(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            return;
        }

        lock (gate)
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';', 2)[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    continue;
                }

                var name = pair[..equals].Trim();
                var value = pair[(equals + 1)..].Trim();
                var expired = setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (value.Length == 0 || expired)
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }
        }
    }

    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? $"(to {location})" : "";
}
