using System.Text.Json;
using PolicyKb.Enriching.Terms;
using PolicyKb.Model;
using PolicyKb.Site.Data;
using PolicyKb.Urls;

namespace PolicyKb.Tests.Data;

/// <summary>The knowledge base as data: <c>/data/policies/&lt;id&gt;.json</c>.</summary>
public sealed class PolicyDataTests
{
    [Fact]
    public void Every_policy_of_the_seed_has_a_data_file_with_every_recording_once_and_every_section()
    {
        var knowledgeBase = SeedSite.Context.Get<LinkedKnowledgeBase>().KnowledgeBase;
        knowledgeBase.Policies.ShouldNotBeEmpty();
        foreach (var policy in knowledgeBase.Policies)
        {
            var text = SeedSite.Context.Output.GetText(SiteUrls.FileOf(SiteUrls.PolicyData(policy.Id)));
            text.ShouldNotBeNull($"no data file for {policy.Id}");
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            root.GetProperty("id").GetString().ShouldBe(policy.Id);
            root.GetProperty("title").GetString().ShouldBe(policy.Metadata.Title);

            var versions = root.GetProperty("versions").EnumerateArray().ToList();
            versions.Select(v => v.GetProperty("id").GetString()).ShouldBe(policy.Versions.Select(v => v.Id));
            versions.Select(v => v.GetProperty("firstRecorded").GetString()).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
            var files = versions.SelectMany(v => v.GetProperty("recordings").EnumerateArray().Select(r => r.GetString()!))
                .Concat(root.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("file").GetString()!))
                .ToList();
            files.Order(StringComparer.Ordinal).ShouldBe(policy.Recordings.Select(r => r.SourcePath).Order(StringComparer.Ordinal), $"{policy.Id}: every input recording exactly once");
            policy.Recordings.Length.ShouldBeGreaterThanOrEqualTo(policy.Versions.Length);

            foreach (var (data, version) in versions.Zip(policy.Versions))
            {
                data.GetProperty("url").GetString().ShouldBe(SiteUrls.Absolute(knowledgeBase.Site.BaseUrl, SiteUrls.Version(version)));
                data.GetProperty("words").GetInt32().ShouldBeGreaterThan(0);
                data.GetProperty("recordings")[0].GetString().ShouldBe(version.SourcePath);
                var sections = data.GetProperty("sections").EnumerateArray().ToList();
                sections.Select(s => s.GetProperty("id").GetString()).ShouldBe(version.Content.AllSections().Select(s => s.Id));
                sections.ShouldAllBe(s => s.GetProperty("headingPath").GetArrayLength() > 0);
            }
        }
    }

    [Fact]
    public void The_seed_data_names_the_terms_and_audiences_of_a_section()
    {
        using var json = JsonDocument.Parse(SeedSite.Context.Output.GetText("data/policies/privacy-policy.json")!);
        var sections = json.RootElement.GetProperty("versions").EnumerateArray().Last().GetProperty("sections").EnumerateArray().ToList();
        sections.ShouldContain(s => s.GetProperty("terms").GetArrayLength() > 0);
        sections.ShouldContain(s => s.GetProperty("audiences").EnumerateArray().Any(a => a.GetString() == "users"));
        sections.ShouldContain(s => s.GetProperty("headingPath").GetArrayLength() > 1);
        sections.ShouldAllBe(s => s.GetProperty("text").GetString() != null);
    }

    [Fact]
    public void Re_recordings_join_their_version_and_rejected_recordings_are_listed_with_their_reason()
    {
        var data = PolicyDataBuilder.Of(HandMadeHistory.Views(), HandMadeHistory.Policy);

        data.Versions.Select(v => v.Id).ShouldBe(["2024-01-10", "2024-06-05", "2024-06-20", "2025-02-03"]);
        data.Versions[0].Recordings.ShouldBe([
            "policies/example-privacy/recordings/2024-01-10T08-00-00Z.md",
            "policies/example-privacy/recordings/2024-02-10T08-00-00Z.md",
            "policies/example-privacy/recordings/2024-06-10T08-00-00Z.md"]);
        data.Versions[0].Effective.ShouldBe("2024-01-01");
        data.Versions[0].FirstRecorded.ShouldBe("2024-01-10");
        data.Versions[0].Words.ShouldBe(15);
        data.Versions[2].KeepsStatedDate.ShouldBeTrue();
        data.Versions[3].Origin.ShouldBe("recorder");
        data.Versions[1].Origin.ShouldBe("terms");
        data.Versions[0].Sections.Select(s => s.Id).ShouldBe(["what-we-collect", "how-we-use-it", "sharing"]);
        data.Versions[0].Sections[0].Audiences.ShouldBe(["users"]);
        data.Versions[0].Sections[0].Text.ShouldBe("We collect your name.");
        data.Rejected.Select(r => r.Reason).ShouldBe(["stub-or-error-page", "blow-up", "partial-page", "different-page"]);
        data.Rejected[1].Detail.ShouldBe("114 words, the text repeats 6 times; baseline 19");
        data.Rejected[0].RecordedAt.ShouldBe("2024-03-01T08:00:00Z");
        data.Versions.Sum(v => v.Recordings.Length).ShouldBe(HandMadeHistory.Policy.Recordings.Count(r => r.Fate != RecordingFate.Rejected));
    }

    [Fact]
    public void The_same_policy_gives_the_same_bytes()
    {
        var first = JsonSerializer.SerializeToUtf8Bytes(PolicyDataBuilder.Of(HandMadeHistory.Views(), HandMadeHistory.Policy), PolicyDataJson.Default.PolicyData);
        var second = JsonSerializer.SerializeToUtf8Bytes(PolicyDataBuilder.Of(HandMadeHistory.Views(), HandMadeHistory.Policy), PolicyDataJson.Default.PolicyData);
        second.ShouldBe(first);
        System.Text.Encoding.UTF8.GetString(first).ShouldStartWith("{\n  \"id\": \"example-privacy\",\n  \"title\": \"Example Privacy Policy\",");
    }

    [Fact]
    public void A_recording_that_names_no_published_version_is_a_bug_said_plainly()
    {
        var policy = HandMadeHistory.Policy with { Versions = HandMadeHistory.Policy.Versions.RemoveAt(1) };
        Should.Throw<InvalidOperationException>(() => PolicyDataBuilder.Of(HandMadeHistory.Views(), policy)).Message.ShouldContain("2024-06-05");
    }
}
