using System.Collections.Concurrent;
using PolicyKb.Diagnostics;
using PolicyKb.Model;
using PolicyKb.Reading;

namespace PolicyKb.Importing;

/// <summary>
/// The policies an earlier build of this process read (<c>serve</c> keeps one across its rebuilds), each with the
/// problems reading it reported, by a key of what it was read from: the content hashes of every file in its folder
/// and of every image of the input, and the audience ids. A build whose policy folder has the same key takes the
/// policy (the model is immutable) and reports the same problems again, without reading its files. A build without
/// one reads every policy.
/// </summary>
public sealed class PolicyReadCache
{
    private readonly ConcurrentDictionary<string, Kept<Policy?>> _policies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Kept<(SourceText Source, ImportedDocument Document)?>> _files = new(StringComparer.Ordinal);
    private int _reused;

    /// <summary>How many policy reads were taken from the cache since it was made.</summary>
    public int Reused => _reused;

    /// <summary>The policy in <paramref name="folder"/> as read with <paramref name="key"/>, read by <paramref name="read"/> when it was not.</summary>
    internal Policy? Read(string folder, string key, DiagnosticBag diagnostics, Func<DiagnosticBag, Policy?> read) =>
        Remembered(_policies, folder, key, diagnostics, read, () => Interlocked.Increment(ref _reused));

    /// <summary>
    /// The document in the file at <paramref name="path"/> as imported with <paramref name="key"/> (the file's content
    /// hash and what else its import reads), imported by <paramref name="import"/> when it was not. A policy read again
    /// because one of its files changed takes its other files from here: the same documents, so the versions made of
    /// them are linked and compared as before (see <see cref="Enriching.Terms.TermLinkCache"/>).
    /// </summary>
    internal (SourceText Source, ImportedDocument Document)? Import(
        string path, string key, DiagnosticBag diagnostics, Func<DiagnosticBag, (SourceText Source, ImportedDocument Document)?> import) =>
        Remembered(_files, path, key, diagnostics, import, null);

    /// <summary>What <paramref name="make"/> made for <paramref name="slot"/> with <paramref name="key"/>, and the problems it reported, reported again; made now when it was not.</summary>
    private static T Remembered<T>(ConcurrentDictionary<string, Kept<T>> store, string slot, string key, DiagnosticBag diagnostics, Func<DiagnosticBag, T> make, Action? reused)
    {
        if (store.TryGetValue(slot, out var kept) && kept.Key == key)
        {
            reused?.Invoke();
            diagnostics.AddRange(kept.Reported);
            return kept.Value;
        }

        var (value, reported) = DiagnosticBag.Capture(make);
        store[slot] = new Kept<T>(key, value, reported);
        diagnostics.AddRange(reported);
        return value;
    }

    /// <summary>Forgets the folders not in <paramref name="folders"/> (removed since), so the cache holds the input as it is.</summary>
    internal void Keep(IReadOnlySet<string> folders)
    {
        foreach (var folder in _policies.Keys.Where(f => !folders.Contains(f)))
        {
            _policies.TryRemove(folder, out _);
        }

        foreach (var file in _files.Keys.Where(f => !folders.Contains(Path.GetDirectoryName(f) ?? "") && !folders.Contains(Path.GetDirectoryName(Path.GetDirectoryName(f)) ?? "")))
        {
            _files.TryRemove(file, out _);
        }
    }

    private sealed record Kept<T>(string Key, T Value, IReadOnlyList<Diagnostic> Reported);
}
