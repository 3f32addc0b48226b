# What the benchmark scripts share; sourced by them (`source bench/lib.sh` from the repository root), not run.

# publish_policykb WORK: publishes the policykb command ahead-of-time compiled into WORK/policykb and sets $policykb to
# it, so that every benchmark times the same program and none times the JIT compiling code paths that only one kind of
# build takes. The publish is self-contained and ReadyToRun composite (the framework and our code compiled together,
# so the generic instantiations across them are compiled ahead too): a cold seed build 0.64-0.92 s against
# 0.94-1.26 s for a framework-dependent ReadyToRun publish (5 interleaved runs, load ~1.5), and 15 % less CPU on the
# corpus. It takes ~4 minutes and ~160 MB. POLICYKB_R2R=framework publishes the framework-dependent one instead
# (~1 minute, 14 MB).
publish_policykb() {
  # The two kinds of publish share the project's intermediate folder: what one left there must not end up in the other.
  rm -rf src/*/obj/Release/net10.0/linux-x64 theme/obj/Release/net10.0/linux-x64
  if [ "${POLICYKB_R2R:-composite}" = framework ]; then
    echo "Publishing policykb (Release, ReadyToRun, framework-dependent)…" >&2
    dotnet publish src/PolicyKb.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "$1/policykb" --nologo -v q >&2
  else
    echo "Publishing policykb (Release, ReadyToRun composite, self-contained; a few minutes)…" >&2
    dotnet publish src/PolicyKb.Cli -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
      -p:PublishReadyToRunComposite=true -o "$1/policykb" --nologo -v q >&2
  fi
  rm -rf src/*/obj/Release/net10.0/linux-x64 theme/obj/Release/net10.0/linux-x64
  policykb="$1/policykb/policykb"
}

# copy_markdown INPUT DEST: the Markdown files of INPUT's policies/ and memos/ into DEST, front matter-free as they
# are; plain-text versions, which the peers cannot read, are left out.
copy_markdown() {
  (cd "$1" && find policies memos -name '*.md' 2>/dev/null | sort | while read -r f; do
     mkdir -p "$2/$(dirname "$f")"; cp "$f" "$2/$f"; done)
}

# hugo_site SITE INPUT: a Hugo site in SITE over INPUT's Markdown (its content folder) with a trivial theme: one page
# per file with its table of contents, a list page per folder.
hugo_site() {
  local site=$1
  mkdir -p "$site/content" "$site/layouts/_default"
  copy_markdown "$2" "$site/content"
  cat > "$site/config.toml" <<'TOML'
baseURL = "https://example.org/"
title = "Benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
TOML
  cat > "$site/layouts/_default/single.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><a href="/">Home</a></nav><main><h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}</main></body></html>
HTML
  cat > "$site/layouts/_default/list.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
HTML
}
