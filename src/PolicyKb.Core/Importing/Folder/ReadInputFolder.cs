using PolicyKb.Pipeline;

namespace PolicyKb.Importing.Folder;

/// <summary>Reads site settings, audiences, policies with their versions, and memos into the knowledge base.</summary>
public sealed class ReadInputFolder : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Input;

    public IReadOnlyList<Need> Needs { get; } = [];

    public IReadOnlyList<Type> Makes { get; } = [typeof(ImportedKnowledgeBase)];

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var knowledgeBase = InputFolder.Load(context.Options.InputDirectory, context.Diagnostics);
        if (context.Options.BaseUrl is { Length: > 0 } baseUrl)
        {
            knowledgeBase = knowledgeBase with { Site = knowledgeBase.Site with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }

        context.Set(new ImportedKnowledgeBase(knowledgeBase));
    }
}
