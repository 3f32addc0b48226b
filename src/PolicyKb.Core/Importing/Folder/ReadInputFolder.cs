using PolicyKb.Pipeline;
using PolicyKb.Reading;

namespace PolicyKb.Importing.Folder;

/// <summary>
/// Reads site settings, audiences, policies with their versions, and memos into the knowledge base. With a
/// <see cref="PolicyReadCache"/> in the context (<c>serve</c> sets one), the policies whose files did not change since
/// the cache read them are not read again.
/// </summary>
public sealed class ReadInputFolder : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Input;

    public IReadOnlyList<Need> Needs { get; } = [Need.Optional<InputFingerprints>(), Need.Optional<PolicyReadCache>()];

    public IReadOnlyList<Type> Makes { get; } = [typeof(ImportedKnowledgeBase)];

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var knowledgeBase = InputFolder.Load(context.Options.InputDirectory, context.Diagnostics, context.TryGet<PolicyReadCache>(), context.TryGet<InputFingerprints>());
        if (context.Options.BaseUrl is { Length: > 0 } baseUrl)
        {
            knowledgeBase = knowledgeBase with { Site = knowledgeBase.Site with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }

        context.Set(new ImportedKnowledgeBase(knowledgeBase));
    }
}
