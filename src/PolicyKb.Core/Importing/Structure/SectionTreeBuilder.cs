using PolicyKb.Model;

namespace PolicyKb.Importing.Structure;

/// <summary>Nests a flat sequence of headings and blocks into a section tree and gives every section its stable id.</summary>
internal static class SectionTreeBuilder
{
    public static DocumentContent Build(IEnumerable<FlatItem> items)
    {
        var preamble = new List<Block>();
        var roots = new List<Draft>();
        var open = new Stack<Draft>();
        foreach (var item in items)
        {
            switch (item)
            {
                case HeadingItem heading:
                    while (open.Count > 0 && open.Peek().Level >= heading.Level)
                    {
                        open.Pop();
                    }

                    var draft = new Draft(heading.Text, heading.Level, heading.Location, open.Count > 0 ? open.Peek() : null);
                    (open.Count > 0 ? open.Peek().Children : roots).Add(draft);
                    open.Push(draft);
                    break;
                case BlockItem block:
                    (open.Count > 0 ? open.Peek().Blocks : preamble).Add(block.Block);
                    break;
            }
        }

        var ids = SectionIds.Assign(roots.SelectMany(r => r.SelfAndDescendants()).Select(d => (d.Heading, d.Parent?.Heading)).ToList());
        var index = 0;
        return new DocumentContent([.. preamble], [.. roots.Select(Freeze)]);

        Section Freeze(Draft draft)
        {
            var id = ids[index++];
            return new Section(id, draft.Heading, draft.Level, [.. draft.Blocks], [.. draft.Children.Select(Freeze)], draft.Location);
        }
    }

    private sealed class Draft(string heading, int level, SourceLocation location, Draft? parent)
    {
        public string Heading { get; } = heading;

        public int Level { get; } = level;

        public SourceLocation Location { get; } = location;

        public Draft? Parent { get; } = parent;

        public List<Block> Blocks { get; } = [];

        public List<Draft> Children { get; } = [];

        public IEnumerable<Draft> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
    }
}
