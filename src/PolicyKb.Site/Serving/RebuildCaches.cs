using PolicyKb.Enriching.Changes;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing;
using PolicyKb.Pipeline;

namespace PolicyKb.Site.Serving;

/// <summary>
/// What <c>serve</c> keeps from one build to the next so as not to do it again for the input that did not change:
/// the policies and files read (<see cref="PolicyReadCache"/>), the versions linked (<see cref="TermLinkCache"/>)
/// and the versions compared (<see cref="ComparisonCache"/>). Its first build fills them (<see cref="AddTo"/>), and
/// every rebuild of <see cref="LiveSite"/> uses them.
/// </summary>
public sealed class RebuildCaches
{
    public PolicyReadCache Reads { get; } = new();

    public TermLinkCache Links { get; } = new();

    public ComparisonCache Comparisons { get; } = new();

    /// <summary>Gives a build the caches (pass it as <see cref="SiteBuilder.Build"/>'s prepare).</summary>
    public void AddTo(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Set(Reads);
        context.Set(Links);
        context.Set(Comparisons);
    }
}
