using PolicyKb.Enriching.Terms;
using PolicyKb.Model;
using PolicyKb.Pipeline;

namespace PolicyKb.Site.Steps;

/// <summary>Copies the images documents use that are part of the input (never remote ones) to <c>/media/</c>.</summary>
public sealed class PublishMedia : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Output;

    public IReadOnlyList<Need> Needs { get; } = [Need.Required<LinkedKnowledgeBase>()];

    public IReadOnlyList<Type> Makes { get; } = [];

    public void Execute(BuildContext context)
    {
        var sources = context.Get<LinkedKnowledgeBase>().KnowledgeBase.Descendants<Figure>()
            .Select(f => f.Source)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            context.Output.Add("media/" + source, File.ReadAllBytes(Path.Combine(context.Options.InputDirectory, source)));
        }
    }
}
