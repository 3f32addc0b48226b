namespace PolicyKb.Importing;

/// <summary>
/// The URL allow-list for links taken from documents: http, https and mailto are kept; relative links are made absolute
/// against the document's source URL (they point into the original site, not ours); everything else
/// (<c>javascript:</c>, <c>data:</c>, bare fragments of the original page, <c>#</c>) is dropped and the link text kept.
/// </summary>
public static class LinkTarget
{
    public static string? Resolve(string? url, string? baseUrl)
    {
        if (url is null)
        {
            return null;
        }

        var trimmed = url.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '#')
        {
            return null;
        }

        // Browsers ignore tabs, newlines and control characters inside a scheme ("java\tscript:").
        var compact = new string([.. trimmed.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        if (compact.StartsWith("//", StringComparison.Ordinal))
        {
            compact = "https:" + compact;
        }

        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (hasScheme)
        {
            var scheme = compact[..colon].ToLowerInvariant();
            if (scheme is not ("http" or "https" or "mailto"))
            {
                return null;
            }

            if (scheme == "mailto")
            {
                // Recordings write "mailto:<name@example.org>"; the brackets are not part of the address.
                var address = compact[(colon + 1)..].Trim('<', '>');
                return address.Length > 0 && Uri.TryCreate("mailto:" + address, UriKind.Absolute, out _) ? "mailto:" + address : null;
            }

            return Uri.TryCreate(compact, UriKind.Absolute, out var absolute) && absolute.Host.Length > 0
                ? scheme + compact[colon..]
                : null;
        }

        if (baseUrl is null || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri))
        {
            return null;
        }

        return Uri.TryCreate(baseUri, compact, out var resolved) && resolved.Scheme is "http" or "https"
            ? resolved.AbsoluteUri
            : null;
    }
}
