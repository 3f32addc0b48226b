using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyKb.Search.Api;

/// <summary>
/// The handler behind <c>GET /api/search?q=&amp;audience=&amp;limit=&amp;archived=</c>, free of any web framework:
/// the server maps the query string onto <see cref="Handle"/> and writes the response's body as JSON with
/// <see cref="JsonOptions"/> and its status code. It answers with the same hits as the CLI and the search page.
/// </summary>
public sealed class SearchApi(PolicySearcher searcher)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public SearchApiResponse Handle(string? q, string? audience, int? limit = null, bool archived = false, bool text = false)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var count = limit ?? DefaultLimit;
        if (count is < 1 or > MaxLimit)
        {
            return SearchApiResponse.BadRequest($"limit must be between 1 and {MaxLimit}");
        }

        var filter = string.IsNullOrWhiteSpace(audience) ? null : audience.Trim();
        if (filter is not null && !searcher.Description.Audiences.Any(a => a.Id == filter))
        {
            return SearchApiResponse.BadRequest($"unknown audience '{filter}'; use one of: {string.Join(", ", searcher.Description.Audiences.Select(a => a.Id))}");
        }

        var results = searcher.Search(new SearchRequest(q ?? "", filter, archived, count, text));
        return new SearchApiResponse(200, results, null);
    }

    public static string Serialize(SearchApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Results is { } results
            ? JsonSerializer.Serialize(results, JsonOptions)
            : JsonSerializer.Serialize(new { error = response.Error }, JsonOptions);
    }
}
