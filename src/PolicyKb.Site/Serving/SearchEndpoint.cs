using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PolicyKb.Search;
using PolicyKb.Search.Api;

namespace PolicyKb.Site.Serving;

/// <summary>
/// <c>GET /api/search?q=&amp;audience=&amp;limit=&amp;archived=</c> on the local server: <see cref="SearchApi"/> over the
/// Lucene index a build leaves in the cache folder (the same hits as the CLI and the search page). The index is opened
/// at the first request and again after <see cref="Reload"/> (a rebuild replaces the folder); before the first
/// successful build the endpoint answers 503.
/// </summary>
public sealed class SearchEndpoint(string indexFolder) : IDisposable
{
    public const string Path = "/api/search";

    // Searches hold the read lock, so a reload never closes the index under a running search.
    private readonly ReaderWriterLockSlim _gate = new();
    private PolicySearcher? _searcher;

    /// <summary>Maps the endpoint on <paramref name="app"/> (pass it as <see cref="SiteServer.Create"/>'s mapEndpoints).</summary>
    public void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // limit and archived are read as text: a value that is not a number or true/false gets an error in JSON like
        // every other bad request, not the framework's empty 400.
        app.MapGet(Path, (HttpContext context, string? q, string? audience, string? limit, string? archived) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var (error, count, all) = Read(limit, archived);
            var (status, body) = error is not null
                ? (StatusCodes.Status400BadRequest, SearchApi.Serialize(SearchApiResponse.BadRequest(error)))
                : Handle(q, audience, count, all);
            return Results.Text(body, "application/json", statusCode: status);
        });
    }

    /// <summary>The request's limit and archived flag, or what is wrong with them.</summary>
    private static (string? Error, int? Limit, bool Archived) Read(string? limit, string? archived)
    {
        int? count = null;
        if (limit is not null)
        {
            if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return ($"limit must be a whole number from 1 to {SearchApi.MaxLimit}", null, false);
            }

            count = parsed;
        }

        var all = false;
        return archived is not null && !bool.TryParse(archived, out all) ? ("archived must be true or false", null, false) : (null, count, all);
    }

    /// <summary>The status code and JSON body of a request.</summary>
    public (int Status, string Body) Handle(string? q, string? audience, int? limit, bool archived)
    {
        while (true)
        {
            _gate.EnterReadLock();
            try
            {
                if (_searcher is not null)
                {
                    var response = new SearchApi(_searcher).Handle(q, audience, limit, archived);
                    return (response.StatusCode, SearchApi.Serialize(response));
                }
            }
            finally
            {
                _gate.ExitReadLock();
            }

            if (!System.IO.Directory.Exists(indexFolder))
            {
                return (StatusCodes.Status503ServiceUnavailable, """{"error":"no search index yet: the site has not been built"}""");
            }

            _gate.EnterWriteLock();
            try
            {
                _searcher ??= PolicySearcher.Open(indexFolder);
            }
            finally
            {
                _gate.ExitWriteLock();
            }
        }
    }

    /// <summary>Closes the index; the next request opens the one the last build wrote.</summary>
    public void Reload()
    {
        _gate.EnterWriteLock();
        try
        {
            _searcher?.Dispose();
            _searcher = null;
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        Reload();
        _gate.Dispose();
    }
}
