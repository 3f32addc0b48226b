using PolicyKb.Hashing;
using PolicyKb.Importing.History;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Site.Rendering;
using PolicyKb.Views;

namespace PolicyKb.Site.Incremental;

/// <summary>
/// The fingerprint of what a document page depends on. Every page depends on the site-wide inputs (settings,
/// audiences, glossary, the merged defined terms — a definition found in any document can link words in every
/// other —, the theme and the generator itself); a policy's pages also on its own folder and the memos about it;
/// a memo's page on the memo and the policies it links to. A policy's recordings that are no version matter only to
/// its timeline.
/// </summary>
public sealed class PageFingerprints
{
    private readonly InputFingerprints _inputs;
    private readonly string _global;

    /// <summary>Made once per policy (and memos), not once per page: a history has hundreds of pages.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Policy, string Memos), string> _ofPolicy = new();

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

    /// <summary>
    /// The fingerprint of the pages that show a policy's versions (its page, each version, the change pages, the
    /// section histories): the site-wide inputs, the policy's folder without its recordings, each version's own file
    /// and how it was judged (id, dates, origin), and the memos about it. A recorder's file that is no new version (a
    /// re-recording, a rejected recording) changes only the timeline (<see cref="ForHistory"/>), so a recorder adding
    /// one renders the timeline again and not every page of the policy.
    /// </summary>
    public string ForPolicy(Policy policy, IEnumerable<Memo> memosAbout)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(memosAbout);
        var memos = memosAbout.Select(m => _inputs.Of(m.SourcePath)).ToList();
        return _ofPolicy.GetOrAdd((policy.Id, string.Join('|', memos)), _ => ContentHash.Of(
        [
            _global,
            _inputs.OfFolder("policies/" + FolderOf(policy), except: RecordingsFolder.Name + "/"),
            .. policy.Versions.SelectMany(v => new[]
            {
                v.Id, v.SourcePath, _inputs.Of(v.SourcePath), v.FirstRecorded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                v.Origin.ToString(), v.IsRecorded ? "recorded" : "dated", v.KeepsStatedDate ? "same-date" : "",
            }),
            .. memos,
        ]));
    }

    /// <summary>The fingerprint of a policy's timeline: all of its folder (every recording and its fate) and the memos about it.</summary>
    public string ForHistory(Policy policy, IEnumerable<Memo> memosAbout)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(memosAbout);
        return ContentHash.Of(memosAbout.Select(m => _inputs.Of(m.SourcePath)).Prepend(_inputs.OfFolder("policies/" + FolderOf(policy))).Prepend(ForPolicy(policy, [])));
    }

    /// <summary>A memo's page shows the policies it is about, as their versions are (not their recordings).</summary>
    public string ForMemo(Memo memo, IEnumerable<Policy> policies) =>
        ContentHash.Of(policies.Select(p => ForPolicy(p, [])).Prepend(_inputs.Of(memo.SourcePath)).Prepend(_global));

    /// <summary>The generator's own code: a change to a page builder or a component changes every page.</summary>
    private static string Generator(ThemeComponents? components)
    {
        var theme = (components ?? ThemeComponents.BuiltIn).Resolve(typeof(PolicyKb.Theme.Layout.SiteLayout)).Assembly;
        return string.Join('|', new[] { typeof(Policy).Assembly, typeof(PageFingerprints).Assembly, theme }.Select(a => a.ManifestModule.ModuleVersionId));
    }

    /// <summary>The policy's folder in the input (its id is a slug of the folder name, which may differ).</summary>
    private static string FolderOf(Policy policy) => policy.Current.SourcePath.Split('/')[1];
}
