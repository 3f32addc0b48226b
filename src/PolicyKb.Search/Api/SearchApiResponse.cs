using PolicyKb.Search.Results;

namespace PolicyKb.Search.Api;

/// <summary>What <see cref="SearchApi.Handle"/> answers: a status code, and the results (200) or an error message (400).</summary>
public sealed record SearchApiResponse(int StatusCode, SearchResults? Results, string? Error)
{
    public static SearchApiResponse BadRequest(string error) => new(400, null, error);
}
