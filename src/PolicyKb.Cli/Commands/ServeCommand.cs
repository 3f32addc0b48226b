using System.Collections.Immutable;
using System.CommandLine;
using PolicyKb.Cli.Serving;
using PolicyKb.Cli.Terminal;
using PolicyKb.Cli.Theming;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Search.Steps;
using PolicyKb.Site;
using PolicyKb.Site.Rendering;
using PolicyKb.Site.Serving;

namespace PolicyKb.Cli.Commands;

/// <summary>
/// <c>serve</c>: builds the site, serves it on localhost, and rebuilds with live reload when the input or the theme
/// changes (a changed .razor component is recompiled and loaded without a restart), and answers
/// <c>GET /api/search</c> from the index the last build wrote.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(Consoles consoles)
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var theme = CommonOptions.Theme();
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on.", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "The address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var noWatch = new Option<bool>("--no-watch") { Description = "Serve the built site without watching for changes." };
        var command = new Command("serve", "Build the site and serve it locally, rebuilding and reloading on every change.") { input, output, theme, port, host, noWatch };
        command.SetAction(async (parse, cancellation) =>
        {
            var portValue = parse.GetValue(port);
            var hostValue = parse.GetValue(host)!;
            var options = BuildOptions.For(parse.GetValue(input)!.FullName, parse.GetValue(output)!.FullName) with { BaseUrl = $"http://{hostValue}:{portValue}/" };
            var themeDirectory = CommonOptions.ResolveTheme(parse.GetValue(theme));
            return await Run(consoles, options, themeDirectory, hostValue, portValue, !parse.GetValue(noWatch), cancellation);
        });
        return command;
    }

    private static async Task<int> Run(Consoles consoles, BuildOptions options, string? themeDirectory, string host, int port, bool watch, CancellationToken cancellation)
    {
        BuildContext? first = null;
        var caches = new RebuildCaches();
        var built = BuildCommand.Run(consoles, options, themeDirectory, quiet: true, published: context => first = context, prepare: caches.AddTo);
        if (built != 0 && !Directory.Exists(options.OutputDirectory))
        {
            consoles.Error.WritePlainLine("Nothing to serve yet: fix the problems above; the site is rebuilt when the input changes.");
        }

        var liveReload = watch ? new LiveReload() : null;
        using var search = new SearchEndpoint(BuildSearchIndex.IndexFolder(options));
        // Watching before serving: an edit made as soon as the site answers is not missed.
        using var watcher = watch ? new RebuildWatcher(consoles, options, themeDirectory, liveReload!, search, first, caches) : null;
        await using var app = SiteServer.Create(options.OutputDirectory, host, port, liveReload, search.Map);
        await app.StartAsync(cancellation);
        consoles.Out.WritePlainLine($"Serving {options.OutputDirectory} at http://{host}:{port}/ and {SearchEndpoint.Path}?q=" + (watch ? " (watching input and theme; Ctrl+C to stop)" : ""));

        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>
    /// Watches the input and theme folders and rebuilds once the changes settle: when no change has come for
    /// <see cref="Quiet"/> (an editor's save is a burst of events within a few milliseconds: a write, or a temporary file
    /// renamed over the old one), or at the latest <see cref="MaxWait"/> after the first change of a stream that does not
    /// stop (a checkout, a copy of many files). A change during a rebuild starts another once it is done.
    /// </summary>
    private sealed class RebuildWatcher : IDisposable
    {
        internal static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);
        internal static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(300);
        private long _firstChange = -1;
        private ImmutableArray<InputFile>? _rebuiltFrom;
        private readonly List<FileSystemWatcher> _watchers = [];
        private readonly Timer _timer;
        private readonly Lock _gate = new();
        private readonly Consoles _consoles;
        private readonly BuildOptions _options;
        private readonly string? _themeDirectory;
        private readonly LiveReload _liveReload;
        private readonly SearchEndpoint _search;
        private readonly ThemeCompiler? _compiler;
        private ThemeOverrides? _overrides;
        private ThemeComponents? _components;
        private bool _themeCodeChanged;

        // The site as the last successful build left it (null until one succeeded), and the search index still to
        // write for the latest rebuild of its pages.
        private LiveSite? _live;
        private readonly RebuildCaches _caches;
        private readonly Lock _searchGate = new();
        private LivePages? _searchDue;
        private bool _searchRunning;

        public RebuildWatcher(Consoles consoles, BuildOptions options, string? themeDirectory, LiveReload liveReload, SearchEndpoint search, BuildContext? built, RebuildCaches caches)
        {
            _caches = caches;
            _live = built is null ? null : new LiveSite(options, themeDirectory, built, caches);
            _consoles = consoles;
            _options = options;
            _themeDirectory = themeDirectory;
            _liveReload = liveReload;
            _search = search;
            var isProject = themeDirectory is not null && File.Exists(Path.Combine(themeDirectory, "PolicyKb.Theme.csproj"));
            _compiler = isProject ? new ThemeCompiler(themeDirectory!, options.CacheDirectory) : null;

            // The site's overrides, as the first build compiled them (from the cache, so this is a load, not a compile).
            _overrides = isProject ? null : ThemeOverrides.In(themeDirectory);
            _components = _overrides?.Compile(options.CacheDirectory).Components;
            _timer = new Timer(_ => Rebuild());
            Watch(options.InputDirectory);
            if (themeDirectory is not null)
            {
                Watch(themeDirectory);
            }
        }

        public void Dispose()
        {
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }

            _timer.Dispose();
        }

        private void Watch(string directory)
        {
            var watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            _watchers.Add(watcher);
        }

        private void OnChange(object sender, FileSystemEventArgs change)
        {
            var path = change.FullPath;
            if (path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                return;
            }

            lock (_gate)
            {
                _themeCodeChanged |= _themeDirectory is not null && path.StartsWith(_themeDirectory, StringComparison.Ordinal)
                    && (path.EndsWith(".razor", StringComparison.Ordinal) || path.EndsWith(".cs", StringComparison.Ordinal));
            }

            // Debounced: each change moves the rebuild to Quiet after it, but never past MaxWait after the first.
            var now = Environment.TickCount64;
            var first = Interlocked.CompareExchange(ref _firstChange, now, -1);
            var since = first < 0 ? 0 : now - first;
            var due = Math.Max(0, Math.Min(Quiet.TotalMilliseconds, MaxWait.TotalMilliseconds - since));
            _timer.Change(TimeSpan.FromMilliseconds(due), Timeout.InfiniteTimeSpan);
        }

        /// <summary>The input and theme files, with their sizes and times, as a rebuild starting now reads them (the theme's build folders left out).</summary>
        private ImmutableArray<InputFile> Listing()
        {
            var separator = Path.DirectorySeparatorChar;
            var theme = _themeDirectory is null ? [] : InputFile.AllIn(_themeDirectory)
                .Where(f => !f.FullPath.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.FullPath.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
            return [.. InputFile.AllIn(_options.InputDirectory), .. theme];
        }

        /// <summary>Compiles the site's overrides again (a file may have been added or removed); false when one is broken.</summary>
        private bool CompileOverrides()
        {
            _overrides = ThemeOverrides.In(_themeDirectory);
            if (_overrides is null)
            {
                _components = null;
                return true;
            }

            _consoles.Out.WritePlainLine("Theme components changed: compiling…");
            var (components, problems) = _overrides.Compile(_options.CacheDirectory);
            if (problems.Count > 0)
            {
                _consoles.Error.WriteDiagnostics(problems);
                _consoles.Error.WritePlainLine("Theme compile failed; still serving the previous build.");
                return false;
            }

            _components = components;
            return true;
        }

        private void Rebuild()
        {
            lock (_gate)
            {
                // Changes from here on are a new stream: they are read by the next rebuild.
                Interlocked.Exchange(ref _firstChange, -1);

                // Events that come late (the watcher's thread waits while a rebuild keeps both cores busy) can be of
                // a change the last rebuild already read: when no file has another size or time, there is nothing to do.
                var files = Listing();
                if (!_themeCodeChanged && _rebuiltFrom is { } before && before.SequenceEqual(files))
                {
                    return;
                }

                _rebuiltFrom = files;
                if (_themeCodeChanged && _compiler is not null)
                {
                    _themeCodeChanged = false;
                    _consoles.Out.WritePlainLine("Theme components changed: compiling…");
                    var compiled = _compiler.Compile(out var error);
                    if (compiled is null)
                    {
                        _consoles.Error.WritePlainLine(error ?? "");
                        return;
                    }

                    _components = compiled;
                }
                else if (_themeCodeChanged)
                {
                    _themeCodeChanged = false;
                    if (!CompileOverrides())
                    {
                        return;
                    }
                }

                var started = DateTime.UtcNow;
                if (_live is null)
                {
                    // No build has succeeded yet: a whole build, kept for the rebuilds after it.
                    var (result, context) = SiteBuilder.Build(_options, _themeDirectory, components: _components, prepare: _caches.AddTo);
                    _consoles.Error.WriteDiagnostics(result.Diagnostics);
                    if (result.Succeeded)
                    {
                        _live = new LiveSite(_options, _themeDirectory, context, _caches);
                        _search.Reload();
                        _consoles.Out.WritePlainLine($"Built in {(DateTime.UtcNow - started).TotalMilliseconds:N0} ms; reloading open pages.");
                        _liveReload.Reload();
                        return;
                    }
                }
                else
                {
                    // The pages first, published in place, then the search index in the background (see LiveSite).
                    var pages = _live.RebuildPages(_components);
                    _consoles.Error.WriteDiagnostics(pages.Result.Diagnostics);
                    if (pages.Result.Succeeded)
                    {
                        _consoles.Out.WritePlainLine($"Rebuilt in {(DateTime.UtcNow - started).TotalMilliseconds:N0} ms ({pages.Rendered} pages rendered, {pages.Written} files written, {pages.Deleted} deleted); reloading open pages.");
                        Timings(pages.Result);
                        _liveReload.Reload();
                        QueueSearchIndex(pages);
                        return;
                    }
                }

                _consoles.Error.WritePlainLine("Rebuild failed; still serving the previous build.");
            }
        }

        /// <summary>Writes the search index of <paramref name="pages"/> once the one being written is done; a later rebuild's replaces one not started yet.</summary>
        private void QueueSearchIndex(LivePages pages)
        {
            lock (_searchGate)
            {
                _searchDue = pages;
                if (_searchRunning)
                {
                    return;
                }

                _searchRunning = true;
            }

            _ = Task.Run(WriteSearchIndexes);
        }

        private void WriteSearchIndexes()
        {
            while (true)
            {
                LivePages? pages;
                var live = _live;
                lock (_searchGate)
                {
                    pages = _searchDue;
                    _searchDue = null;
                    if (pages is null || live is null)
                    {
                        _searchRunning = false;
                        return;
                    }
                }

                var started = DateTime.UtcNow;
                var reported = pages.Result.Diagnostics.ToHashSet();
                var result = live.RebuildSearchIndex(pages);
                _consoles.Error.WriteDiagnostics([.. result.Diagnostics.Where(d => !reported.Contains(d))]);
                if (result.Succeeded)
                {
                    _search.Reload();
                    _consoles.Out.WritePlainLine($"Search index rebuilt in {(DateTime.UtcNow - started).TotalMilliseconds:N0} ms.");
                    Timings(result);
                    _liveReload.SearchReady();
                }
                else
                {
                    _consoles.Error.WritePlainLine("Search index not rebuilt; search answers from the previous build.");
                }
            }
        }

        /// <summary>The steps' times, when POLICYKB_SERVE_TIMINGS=1 (for profiling a rebuild).</summary>
        private void Timings(BuildResult result)
        {
            if (Environment.GetEnvironmentVariable("POLICYKB_SERVE_TIMINGS") == "1")
            {
                _consoles.Out.WritePlainLine(string.Join(", ", result.Timings.Select(t => $"{t.Name} {t.Elapsed.TotalMilliseconds:N0} ms")));
            }
        }
    }
}
