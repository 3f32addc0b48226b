namespace PolicyKb.Model;

/// <summary>
/// The one walk over the model, in Markdig's shape: <c>Descendants&lt;T&gt;()</c> on a node, on a run of nodes, on a
/// document's content and on the knowledge base (every version and memo), in document order (a node before what it
/// holds); <c>Descendants&lt;ModelNode&gt;()</c> is every node. It is the one place that knows which node holds which,
/// so a reader of the tree asks it instead of switching over every block type, and a new kind of node is added here once.
/// </summary>
public static class ModelWalker
{
    /// <summary>How far a walk goes down: the kinds of node it may skip because they cannot hold what it looks for.</summary>
    private enum Reach
    {
        Sections,
        Blocks,
        Inlines,
    }

    /// <summary>The nodes of type <typeparamref name="T"/> inside <paramref name="node"/>, at any depth, in document order; not the node itself.</summary>
    public static IEnumerable<T> Descendants<T>(this ModelNode node)
        where T : ModelNode => Walk(Children(node, ReachOf<T>()), ReachOf<T>()).OfType<T>();

    /// <summary>The nodes of type <typeparamref name="T"/> among <paramref name="nodes"/> and inside them, in document order.</summary>
    public static IEnumerable<T> Descendants<T>(this IEnumerable<ModelNode> nodes)
        where T : ModelNode => Walk(nodes, ReachOf<T>()).OfType<T>();

    /// <summary>The nodes of type <typeparamref name="T"/> of a document: the preamble's, then each section's with its subsections'.</summary>
    public static IEnumerable<T> Descendants<T>(this DocumentContent content)
        where T : ModelNode => Walk(Roots(content), ReachOf<T>()).OfType<T>();

    /// <summary>The nodes of type <typeparamref name="T"/> of every version of every policy, then of every memo.</summary>
    public static IEnumerable<T> Descendants<T>(this KnowledgeBase knowledgeBase)
        where T : ModelNode =>
        knowledgeBase.Policies.SelectMany(p => p.Versions).SelectMany(v => v.Content.Descendants<T>())
            .Concat(knowledgeBase.Memos.SelectMany(m => m.Content.Descendants<T>()));

    /// <summary>The blocks directly inside a block: a list's items' blocks, a table's cells' blocks, a quote's blocks.</summary>
    public static IEnumerable<Block> ChildBlocks(this Block block) => block switch
    {
        ListBlock list => list.Items.SelectMany(i => i.Blocks),
        Table table => table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks),
        Quote quote => quote.Blocks,
        Paragraph or Address or Figure or CodeBlock or Separator => [],
        _ => throw Unknown(block),
    };

    /// <summary>The runs of inlines a block holds itself: a paragraph's, each line of an address, a figure's caption.</summary>
    private static ImmutableArray<ImmutableArray<Inline>> Runs(this Block block) => block switch
    {
        Paragraph p => [p.Inlines],
        Address address => address.Lines,
        Figure figure => [figure.Caption],
        ListBlock or Table or Quote or CodeBlock or Separator => [],
        _ => throw Unknown(block),
    };

    /// <summary>The inlines directly inside an inline: an emphasis's, a link's or a term reference's text.</summary>
    private static ImmutableArray<Inline> ChildInlines(this Inline inline) => inline switch
    {
        Emphasis emphasis => emphasis.Children,
        Link link => link.Children,
        TermReference reference => reference.Children,
        Text or Code or LineBreak or MissingLink => [],
        _ => throw Unknown(inline),
    };

    /// <summary>
    /// The block with <paramref name="map"/> applied to every run of inlines in it and in the blocks nested in it, in
    /// document order; <paramref name="map"/> gets each run and its block's location. Every record none of whose
    /// runs changed is kept, not copied, so an unchanged tree is the same tree.
    /// </summary>
    private static Block MapRuns(this Block block, Func<ImmutableArray<Inline>, SourceLocation, ImmutableArray<Inline>> map)
    {
        ArgumentNullException.ThrowIfNull(block);
        switch (block)
        {
            case Paragraph p:
                var inlines = map(p.Inlines, p.Location);
                return inlines == p.Inlines ? p : p with { Inlines = inlines };
            case ListBlock list:
                var items = Map(list.Items, item => MapRuns(item.Blocks, map) is var blocks && blocks == item.Blocks ? item : item with { Blocks = blocks });
                return items == list.Items ? list : list with { Items = items };
            case Table table:
                var rows = Map(table.Rows, row => Map(row.Cells, cell => MapRuns(cell.Blocks, map) is var blocks && blocks == cell.Blocks ? cell : cell with { Blocks = blocks }) is var cells && cells == row.Cells ? row : row with { Cells = cells });
                return rows == table.Rows ? table : table with { Rows = rows };
            case Quote quote:
                var quoted = MapRuns(quote.Blocks, map);
                return quoted == quote.Blocks ? quote : quote with { Blocks = quoted };
            case Address address:
                var lines = Map(address.Lines, line => map(line, address.Location));
                return lines == address.Lines ? address : address with { Lines = lines };
            case Figure figure:
                var caption = map(figure.Caption, figure.Location);
                return caption == figure.Caption ? figure : figure with { Caption = caption };
            case CodeBlock or Separator:
                return block;
            default:
                throw Unknown(block);
        }
    }

    /// <summary><see cref="MapRuns(Block, Func{ImmutableArray{Inline}, SourceLocation, ImmutableArray{Inline}})"/> over blocks; the same array when no block changed.</summary>
    public static ImmutableArray<Block> MapRuns(this ImmutableArray<Block> blocks, Func<ImmutableArray<Inline>, SourceLocation, ImmutableArray<Inline>> map) =>
        Map(blocks, block => block.MapRuns(map));

    /// <summary>Maps the items, returning the same array when every item maps to itself, so unchanged parts of the model are shared.</summary>
    internal static ImmutableArray<T> Map<T>(ImmutableArray<T> items, Func<T, T> map)
    {
        ImmutableArray<T>.Builder? mapped = null;
        for (var i = 0; i < items.Length; i++)
        {
            var item = map(items[i]);
            if (mapped is null && !EqualityComparer<T>.Default.Equals(item, items[i]))
            {
                mapped = ImmutableArray.CreateBuilder<T>(items.Length);
                mapped.AddRange(items, i);
            }

            mapped?.Add(item);
        }

        return mapped?.MoveToImmutable() ?? items;
    }

    /// <summary>Sections hold only sections and blocks, blocks only blocks and inlines: a walk for one of them stops above the rest.</summary>
    private static Reach ReachOf<T>() =>
        typeof(T) == typeof(Section) ? Reach.Sections : typeof(Block).IsAssignableFrom(typeof(T)) ? Reach.Blocks : Reach.Inlines;

    private static IEnumerable<ModelNode> Roots(DocumentContent content) => content.Preamble.Concat<ModelNode>(content.Sections);

    private static IEnumerable<ModelNode> Children(ModelNode node, Reach reach) => node switch
    {
        Section section when reach == Reach.Sections => section.Children,
        Section section => section.Blocks.Concat<ModelNode>(section.Children),
        Block block when reach == Reach.Blocks => block.ChildBlocks(),
        Block block => block.Runs().SelectMany(run => run).Concat<ModelNode>(block.ChildBlocks()),
        Inline inline => inline.ChildInlines(),
        _ => throw Unknown(node),
    };

    /// <summary>Depth first without recursion, so that a deep tree costs no stack and each node one step.</summary>
    private static IEnumerable<ModelNode> Walk(IEnumerable<ModelNode> roots, Reach reach)
    {
        var pending = new Stack<IEnumerator<ModelNode>>();
        pending.Push(roots.Where(node => Within(node, reach)).GetEnumerator());
        try
        {
            while (pending.TryPeek(out var top))
            {
                if (!top.MoveNext())
                {
                    pending.Pop().Dispose();
                    continue;
                }

                var node = top.Current;
                yield return node;
                if (node is not (Text or Code or LineBreak or MissingLink or CodeBlock or Separator))
                {
                    pending.Push(Children(node, reach).GetEnumerator());
                }
            }
        }
        finally
        {
            while (pending.TryPop(out var open))
            {
                open.Dispose();
            }
        }
    }

    /// <summary>Whether a walk of this reach visits the node at all (a walk for sections skips the preamble's blocks).</summary>
    private static bool Within(ModelNode node, Reach reach) => reach switch
    {
        Reach.Sections => node is Section,
        Reach.Blocks => node is not Inline,
        _ => true,
    };

    private static InvalidOperationException Unknown(ModelNode node) => new($"Unknown model node {node.GetType().Name}");
}
