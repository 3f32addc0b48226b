using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing;
using PolicyKb.Model;

namespace PolicyKb.Tests.Enriching.Terms;

/// <summary>Linking uses of terms in the model, with the real glossary, on passages of the documents.</summary>
public sealed class TermLinkerTests
{
    private static readonly TermLinker Linker = new(LinkedInput.KnowledgeBase.Glossary);

    /// <summary>Links a passage under a document title (the importer takes a document's first heading as its title).</summary>
    private static DocumentContent Link(string markdown, string documentId = "privacy-policy", DiagnosticBag? diagnostics = null) =>
        Linker.Link(Imports.Markdown("# Policy\n\n" + markdown).Content, [documentId], diagnostics ?? new DiagnosticBag());

    private static string Outline(DocumentContent content) => ModelOutline.Of(content).Replace("\r", "", StringComparison.Ordinal);

    public sealed class Given_a_section
    {
        [Fact]
        public void Only_the_first_use_of_each_term_is_linked()
        {
            var content = Link("""
                ## With integrated partners

                You can choose to connect with integrated partners who use our Products. If you do, these integrated partners receive information about you and your activity.

                These integrated partners can always access information that’s public on our Products.
                """);

            var inlines = content.Sections.Single().Blocks.OfType<Paragraph>().SelectMany(p => p.Inlines).ToList();
            inlines.OfType<TermReference>().ShouldHaveSingleItem().TermId.ShouldBe("integrated-partner");
            ModelOutline.Inlines(content.Sections[0].Blocks.OfType<Paragraph>().First().Inlines).ShouldBe(
                "You can choose to connect with {term integrated-partner: integrated partners} who use our Products. If you do, these integrated partners receive information about you and your activity.");
        }

        [Fact]
        public void Each_section_and_subsection_links_its_own_first_use()
        {
            var content = Link("""
                ## How do we share information with third parties?

                We also require partners and other third parties to follow rules.

                ### Other third parties

                We also share information with other third parties in response to legal requests.
                """);

            Outline(content).ShouldContain("We also require {term partner: partners} and other {term third-party: third parties} to follow rules.");
            Outline(content).ShouldContain("We also share information with other {term third-party: third parties} in response to legal requests.");
        }

        [Fact]
        public void Headings_are_never_linked()
        {
            var content = Link("""
                ## How do the Meta Companies work together?

                We share information we collect, infrastructure, systems and technology with the other Meta Companies.
                """);

            content.Sections[0].Heading.ShouldBe("How do the Meta Companies work together?");
            Outline(content).ShouldContain("with the other {term meta-companies: Meta Companies}.");
        }

        [Fact]
        public void Link_text_and_code_are_never_linked_and_the_next_use_is()
        {
            var content = Link("""
                ## Partners

                [Information from partners, vendors and other third parties](https://privacycenter.instagram.com/policy/?subpage=1.subpage.4) and `vendors`, then vendors.
                """);

            ModelOutline.Inlines(((Paragraph)content.Sections[0].Blocks[0]).Inlines).ShouldBe(
                "[Information from partners, vendors and other third parties](https://privacycenter.instagram.com/policy/?subpage=1.subpage.4) and `vendors`, then {term vendor: vendors}.");
        }

        [Fact]
        public void Uses_inside_emphasis_and_tables_are_linked()
        {
            var content = Link("""
                ## Sharing

                | Why | What |
                |---|---|
                | Sharing with **third parties** | Information from partners |
                """);

            Outline(content).ShouldContain("Sharing with **{term third-party: third parties}**");
            Outline(content).ShouldContain("Information from {term partner: partners}");
        }

        [Fact]
        public void Text_split_across_inline_boundaries_is_not_a_use() =>
            Outline(Link("## S\n\nWe share with third *parties* only.")).ShouldNotContain("{term");

        [Fact]
        public void A_section_without_uses_keeps_its_records()
        {
            var original = Imports.Markdown("# Guidelines\n\n## Testimony\n\nWe are unable to provide expert testimony.").Content;

            var linked = Linker.Link(original, ["law-enforcement-guidelines"], new DiagnosticBag());

            linked.Sections[0].Blocks[0].ShouldBeSameAs(original.Sections[0].Blocks[0]);
        }
    }

    public sealed class Given_a_defining_sentence
    {
        [Fact]
        public void The_defined_term_is_not_linked_in_its_own_sentence_but_in_the_next()
        {
            var content = Link("""
                ## A. General Terms

                11. Comply with any requirements or restrictions imposed on usage of Instagram user photos and videos ("User Content") by their respective owners. You are solely responsible for making use of User Content in compliance with owners' requirements or restrictions.
                """, "platform-policy");

            Outline(content).ShouldContain("videos (\"User Content\") by their respective owners. You are solely responsible for making use of {term user-content: User Content} in compliance");
        }

        [Fact]
        public void Other_terms_in_the_defining_sentence_are_linked()
        {
            var content = Link(
                "## Requests\n\nWe disclose account records to third parties in accordance with the federal Stored Communications Act (“SCA”), 18 U.S.C. Sections 2701-2712. Under the SCA:",
                "law-enforcement-guidelines");

            Outline(content).ShouldContain("records to {term third-party: third parties} in accordance with the federal Stored Communications Act (“SCA”), 18 U.S.C. Sections 2701-2712. Under the {term stored-communications-act: SCA}:");
        }
    }

    public sealed class Given_the_sources_own_definition_links
    {
        [Fact]
        public void A_definition_popover_link_becomes_a_reference_to_the_glossary_entry()
        {
            var content = Link("""
                ## How is your information shared?

                You can choose to connect with [integrated partners](https://privacycenter.instagram.com/policy/?annotations[0]=Definition-IntegratedPartner) who use our Products. These integrated partners receive information.
                """);

            ModelOutline.Inlines(((Paragraph)content.Sections[0].Blocks[0]).Inlines).ShouldBe(
                "You can choose to connect with {term integrated-partner: integrated partners} who use our Products. These integrated partners receive information.");
        }

        [Fact]
        public void Every_definition_link_is_converted_even_after_a_first_use()
        {
            var content = Link("## S\n\nThird parties, and [third parties](https://privacycenter.instagram.com/policy/?annotations%5B0%5D=Definition-ThirdParty).");

            ModelOutline.Inlines(((Paragraph)content.Sections[0].Blocks[0]).Inlines)
                .ShouldBe("{term third-party: Third parties}, and {term third-party: third parties}.");
        }

        [Fact]
        public void A_definition_no_entry_claims_stays_a_link_with_a_warning()
        {
            var diagnostics = new DiagnosticBag();

            var content = Link("## S\n\nSee [affiliates](https://privacycenter.instagram.com/policy/?annotations[0]=Definition-Affiliate).", diagnostics: diagnostics);

            ((Paragraph)content.Sections[0].Blocks[0]).Inlines.OfType<Link>().ShouldHaveSingleItem();
            diagnostics.All.ShouldHaveSingleItem().ToString().ShouldBe(
                "test.md:5: warning: the link \"affiliates\" points to the source's definition 'Definition-Affiliate', which no glossary term claims; it stays an outside link (give the term an entry in glossary.yml with 'annotation: Definition-Affiliate', or add that line to its entry)");
        }

        [Fact]
        public void Other_popovers_of_the_source_stay_links_without_warning()
        {
            var diagnostics = new DiagnosticBag();

            Link("## S\n\n[Learn more](https://privacycenter.instagram.com/policy/?annotations[0]=10.ex.1-WhenWeRespondTo)", diagnostics: diagnostics);

            diagnostics.All.ShouldBeEmpty();
        }
    }
}
