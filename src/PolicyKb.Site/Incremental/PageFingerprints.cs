using PolicyKb.Hashing;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Site.Rendering;
using PolicyKb.Views;

namespace PolicyKb.Site.Incremental;

/// <summary>
/// The fingerprint of what a document page depends on. Every page depends on the site-wide inputs (settings,
/// audiences, glossary, the merged defined terms — a definition found in any document can link words in every
/// other —, the theme and the generator itself); a policy's pages also on its own folder and the memos about it;
/// a memo's page on the memo and the policies it links to.
/// </summary>
public sealed class PageFingerprints
{
    private readonly InputFingerprints _inputs;
    private readonly string _global;

    public PageFingerprints(InputFingerprints inputs, KnowledgeBase knowledgeBase, ThemeAssetUrls assets, ThemeComponents? components)
    {
        _inputs = inputs;
        var terms = knowledgeBase.Glossary.Terms.SelectMany(t => new[] { t.Id, t.Term, t.Definition, string.Join('|', t.Aliases), string.Join('|', t.Audiences) });
        _global = ContentHash.Of(
        [
            inputs.Of("site.yml"), inputs.Of("audiences.yml"), inputs.Of("glossary.yml"),
            knowledgeBase.Site.BaseUrl, assets.Stylesheet, assets.Script, assets.SearchScript ?? "",
            Generator(components),
            ContentHash.Of(terms),
        ]);
    }

    public string ForPolicy(Policy policy, IEnumerable<Memo> memosAbout) =>
        ContentHash.Of(memosAbout.Select(m => _inputs.Of(m.SourcePath)).Prepend(_inputs.OfFolder("policies/" + FolderOf(policy))).Prepend(_global));

    public string ForMemo(Memo memo, IEnumerable<Policy> policies) =>
        ContentHash.Of(policies.Select(p => _inputs.OfFolder("policies/" + FolderOf(p))).Prepend(_inputs.Of(memo.SourcePath)).Prepend(_global));

    /// <summary>The generator's own code: a change to a page builder or a component changes every page.</summary>
    private static string Generator(ThemeComponents? components)
    {
        var theme = (components ?? ThemeComponents.BuiltIn).Resolve(typeof(PolicyKb.Theme.Layout.SiteLayout)).Assembly;
        return string.Join('|', new[] { typeof(Policy).Assembly, typeof(PageFingerprints).Assembly, theme }.Select(a => a.ManifestModule.ModuleVersionId));
    }

    /// <summary>The policy's folder in the input (its id is a slug of the folder name, which may differ).</summary>
    private static string FolderOf(Policy policy) => policy.Current.SourcePath.Split('/')[1];
}
