using PolicyKb.Diagnostics;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Reading;

namespace PolicyKb.Tests.Importing;

public sealed class InputFolderTests
{
    public sealed class The_real_input
    {
        private readonly DiagnosticBag _diagnostics = new();
        private readonly KnowledgeBase _knowledgeBase;

        public The_real_input() => _knowledgeBase = InputFolder.Load(TestPaths.Input, _diagnostics);

        [Fact]
        public void Loads_without_errors_or_warnings() => _diagnostics.All.ShouldBeEmpty();

        [Fact]
        public void Has_four_policies_with_five_versions()
        {
            _knowledgeBase.Policies.Select(p => p.Id).ShouldBe(["law-enforcement-guidelines", "platform-policy", "privacy-policy", "terms-of-use"]);
            _knowledgeBase.Policies.Sum(p => p.Versions.Length).ShouldBe(5);
            var privacy = _knowledgeBase.FindPolicy("privacy-policy")!;
            privacy.Versions.Select(v => v.DateSlug).ShouldBe(["2024-11-14", "2025-06-16"]);
            privacy.Current.Format.ShouldBe(SourceFormat.Markdown);
            privacy.Versions[0].Format.ShouldBe(SourceFormat.PlainText);
        }

        [Fact]
        public void Reads_the_metadata_beside_the_text()
        {
            var guidelines = _knowledgeBase.FindPolicy("law-enforcement-guidelines")!.Metadata;
            guidelines.Title.ShouldBe("Information for law enforcement");
            guidelines.Audiences.ShouldBe(["law-enforcement"]);
            guidelines.DatedBy.ShouldBe(DateBasis.Retrieved);
            guidelines.SourceUrl.ShouldBe("https://help.instagram.com/494561080557017");
            _knowledgeBase.FindPolicy("privacy-policy")!.Versions[0].Note.ShouldNotBeNull();
        }

        [Fact]
        public void Links_the_memo_to_the_policy_it_is_about()
        {
            var memo = _knowledgeBase.Memos.ShouldHaveSingleItem();
            memo.PolicyIds.ShouldBe(["privacy-policy"]);
        }

        [Fact]
        public void Reads_the_three_audiences()
        {
            _knowledgeBase.Audiences.Select(a => a.Id).ShouldBe(["users", "developers", "law-enforcement"]);
            _knowledgeBase.Audiences.Single(a => a.Id == "developers").SectionRules.Select(r => r.Document).ShouldBe(["terms-of-use", "privacy-policy"]);
        }

        [Fact]
        public void Keeps_the_seed_documents_verbatim()
        {
            var seeds = TestPaths.Seeds;
            var first = File.ReadAllBytes(Path.Combine(seeds, "000_c6e5d81ff110604b.txt"));
            var terms = File.ReadAllBytes(TestPaths.InInput("policies/terms-of-use/2013-01-19.txt"));
            var privacy = File.ReadAllBytes(TestPaths.InInput("policies/privacy-policy/2024-11-14.txt"));
            first.ShouldBe([.. terms, .. "--\n"u8.ToArray(), .. privacy]);
            File.ReadAllBytes(TestPaths.InInput("policies/privacy-policy/2025-06-16.md")).ShouldBe(File.ReadAllBytes(Path.Combine(seeds, "001_58dca1eb2e4de648.txt")));
            File.ReadAllBytes(TestPaths.InInput("policies/law-enforcement-guidelines/2026-11-24.md")).ShouldBe(File.ReadAllBytes(Path.Combine(seeds, "002_219442494092b70a.txt")));
            File.ReadAllBytes(TestPaths.InInput("memos/2025-10-16-instagram-ai-interactions.md")).ShouldBe(File.ReadAllBytes(Path.Combine(seeds, "003_0e5a3fc494bde0fa.txt")));
            File.ReadAllBytes(TestPaths.InInput("policies/platform-policy/2026-11-24.md")).ShouldBe(File.ReadAllBytes(Path.Combine(seeds, "004_ec53020f8be56818.txt")));
        }
    }
}
