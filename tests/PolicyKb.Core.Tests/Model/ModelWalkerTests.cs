using PolicyKb.Model;

namespace PolicyKb.Tests.Model;

/// <summary>The one walk over the model: every node, at any depth, in document order.</summary>
public sealed class ModelWalkerTests
{
    private static readonly SourceLocation At = new("test.md", 1);

    private static Paragraph Say(params Inline[] inlines) => new([.. inlines], At);

    private static readonly DocumentContent Content = new(
        [Say(new Text("Preamble"))],
        [
            new Section("one", "One", 2,
                [
                    new ListBlock(false, 1, [new ListItem([Say(new Emphasis(EmphasisKind.Em, [new TermReference("a", [new Text("A")])])), new Figure("in a list", [], "list.png", null, At)], null, At)], At),
                    new Quote([new Table([new TableRow([new TableCell([Say(new Link("https://example.com/", [new TermReference("b", [new Text("B")])]))])])], 0, At)], At),
                ],
                [new Section("one-child", "Child", 3, [new Address([[new Text("Street")], [new TermReference("c", [new Text("C")])]], At)], [], At)],
                At),
            new Section("two", "Two", 2, [new Figure("last", [new TermReference("d", [new Text("D")])], "last.png", null, At)], [], At),
        ]);

    [Fact]
    public void Finds_nodes_nested_in_lists_quotes_tables_and_subsections_in_document_order()
    {
        Content.Descendants<TermReference>().Select(r => r.TermId).ShouldBe(["a", "b", "c", "d"]);
        Content.Descendants<Figure>().Select(f => f.Alt).ShouldBe(["in a list", "last"]);
        Content.Descendants<Section>().Select(s => s.Id).ShouldBe(["one", "one-child", "two"]);
    }

    [Fact]
    public void Visits_a_node_before_what_it_holds()
    {
        var quote = Content.Sections[0].Blocks[1];

        quote.Descendants<ModelNode>().Select(n => n.GetType().Name).ShouldBe(["Table", "Paragraph", "Link", "TermReference", "Text"]);
    }

    [Fact]
    public void Rewrites_every_run_in_document_order_and_keeps_what_did_not_change()
    {
        var blocks = Content.Sections[0].Blocks;
        var seen = new List<string>();

        var same = blocks.MapRuns((run, _) =>
        {
            seen.Add(PlainText.Of(run));
            return run;
        });
        var shouted = blocks.MapRuns((run, _) => PlainText.Of(run) == "B" ? [new Text("B!")] : run);

        seen.ShouldBe(["A", "", "B"]);
        same.ShouldBe(blocks);
        (same == blocks).ShouldBeTrue("an unchanged tree is the same array, not a copy");
        PlainText.OfBlocks(shouted).ShouldBe("A\nin a list\n\nB!");
        shouted[0].ShouldBeSameAs(blocks[0]);
    }
}
