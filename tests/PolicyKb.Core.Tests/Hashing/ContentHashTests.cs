using PolicyKb.Hashing;

namespace PolicyKb.Tests.Hashing;

/// <summary>The one content hash of the build's caches: the same values give the same hash, and different sequences different ones.</summary>
public sealed class ContentHashTests
{
    [Fact]
    public void Tells_apart_sequences_whose_values_run_together()
    {
        ContentHash.Of(["ab", "c"]).ShouldNotBe(ContentHash.Of(["a", "bc"]));
        ContentHash.Of(["", "a"]).ShouldNotBe(ContentHash.Of(["a"]));
    }

    [Fact]
    public void Gives_32_hex_digits_the_same_for_the_same_values_added_one_by_one()
    {
        using var hash = new ContentHash();
        var added = hash.Add("policies/privacy/2025-01-01.md").Add(1234).AddAll(["users", "developers"]).Finish();

        added.ShouldMatch("^[0-9a-f]{32}$");
        added.ShouldBe(ContentHash.Of(["policies/privacy/2025-01-01.md", "1234", "2", "users", "developers"]));
    }

    [Fact]
    public void Hashes_a_value_longer_than_its_buffer()
    {
        var long1 = new string('x', 10_000);
        var long2 = new string('x', 9_999) + "y";

        ContentHash.Of([long1]).ShouldNotBe(ContentHash.Of([long2]));
        ContentHash.Of([long1]).ShouldBe(ContentHash.Of([long1]));
    }
}
