#!/usr/bin/env bash
# Netlify deploys, simulated on this machine and timed side by side in one run
# (docs/performance.md, "Deploys"). Each deploy is what Netlify does:
#   - a fresh clone of the repository (its committed HEAD, or --source REV);
#   - the cached paths restored from the previous deploy (netlify.toml's plugin: .cache/), or none;
#   - a fresh, empty home folder, with the machine's .NET SDK still on PATH, as Netlify's image
#     would have it (no ~/.nuget, no ~/.dotnet);
#   - CONTEXT=production, then `.ci/netlify-build.sh`, timed from start to exit.
# The scenarios:
#   cold      no cache at all: the SDK's packages are fetched and the tool compiled;
#   content   the cache of the cold deploy, and one sentence added to an event's page;
#   src       the same cache, and a comment added to a source file of the tool: compiled again;
#   src-r2r   the same, with DOSSIER_TOOL_MODE=r2r (ReadyToRun instead of Native AOT);
#   baseline  (with --baseline REV) that commit's own build, the way deploys ran before, with
#             the same fresh home.
# content and baseline run --rounds times, alternating, and the medians are given; cold, src and
# src-r2r run --heavy-rounds times (each compiles the tool: minutes). --cache DIR starts from the
# .cache/ an earlier run kept (its WORK/cache) instead of a cold deploy.
#
#   tests/Dossier.Benchmarks/deploy-simulation.sh [--rounds 3] [--heavy-rounds 1] [--baseline REV]
#       [--scenarios cold,content,src,src-r2r] [--cache DIR] [--source REV] [--work DIR] [--keep]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
rounds=3 heavy=1 baseline="" source=HEAD work="" keep=0 scenarios="cold,content,src" cache_from=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --heavy-rounds) heavy="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --source) source="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --scenarios) scenarios="$2"; shift 2 ;;
    --cache) cache_from="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$work" ] || work="$(mktemp -d -t dossier-deploys.XXXXXX)"
mkdir -p "$work"
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
: >"$results"

dotnet_dir="$(dirname "$(readlink -f "$(command -v dotnet)")")"
sha="$(git -C "$repo" rev-parse --short "$source")"

# deploy NAME REV CACHE EDIT: one simulated deploy; appends "name seconds restore-seconds" to results.
deploy() {
  local name="$1" rev="$2" cache="$3" edit="$4" n="$5" mode="${6:-}"
  local dir="$work/$name-$n" home="$work/home-$name-$n" log="$work/$name-$n.log" t0 t1 r0 r1 marker
  rm -rf "$dir" "$home"
  git clone -q --no-hardlinks "$repo" "$dir"
  git -C "$dir" checkout -q "$rev"
  mkdir -p "$home"
  r0="$(date +%s.%N)"
  if [ -n "$cache" ]; then cp -a "$cache" "$dir/.cache"; fi
  r1="$(date +%s.%N)"
  marker="deploy-simulation-$name-$n-$RANDOM"
  case "$edit" in
    content) printf '\n\nA sentence added by the deploy simulation (%s).\n' "$marker" >>"$dir/input/events/camp-ashraf-attack-2013.md" ;;
    src) printf '\n// %s\n' "$marker" >>"$dir/src/Dossier.Cli/Program.cs" ;;
  esac
  t0="$(date +%s.%N)"
  if ! (cd "$dir" && env -i HOME="$home" PATH="$dotnet_dir:/usr/local/bin:/usr/bin:/bin" \
          ${http_proxy:+http_proxy="$http_proxy"} ${https_proxy:+https_proxy="$https_proxy"} ${no_proxy:+no_proxy="$no_proxy"} \
          ${mode:+DOSSIER_TOOL_MODE="$mode"} LANG=C.UTF-8 CONTEXT=production .ci/netlify-build.sh) >"$log" 2>&1; then
    echo "deploy $name-$n failed; its log:" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  t1="$(date +%s.%N)"
  if [ "$edit" = content ] && ! grep -rqF "$marker" "$dir/_site/events/camp-ashraf-attack-2013/"; then
    echo "deploy $name-$n: the edit is not on the built page" >&2; exit 1
  fi
  local compiled=no
  grep -q "publishing the tool" "$log" && compiled=yes
  echo "$name $(echo "$t1 - $t0" | bc) $(echo "$r1 - $r0" | bc) $compiled" >>"$results"
  printf '%-9s #%s  %6.2f s  (cache restore %.2f s, tool compiled: %s)\n' "$name" "$n" "$(echo "$t1 - $t0" | bc)" "$(echo "$r1 - $r0" | bc)" "$compiled"
  # What the plugin would save after this deploy.
  if [ "$name" = cold ]; then rm -rf "$work/cache"; cp -a "$dir/.cache" "$work/cache"; fi
  rm -rf "$dir" "$home"
}

echo "deploy simulation of $sha, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
echo "load at start: $(uptime | sed 's/.*load average/load average/')"
has() { [[ ",$scenarios," == *",$1,"* ]]; }
if [ -n "$cache_from" ]; then
  cp -a "$cache_from" "$work/cache"
elif has cold; then
  for i in $(seq 1 "$heavy"); do
    deploy cold "$source" "" none "$i"
  done
fi
du -sh "$work/cache"/* 2>/dev/null | sed 's/^/  cached: /'
for i in $(seq 1 "$rounds"); do
  if [ $((i % 2)) = 1 ]; then
    ! has content || deploy content "$source" "$work/cache" content "$i"
    [ -z "$baseline" ] || deploy baseline "$baseline" "" content "$i"
  else
    [ -z "$baseline" ] || deploy baseline "$baseline" "" content "$i"
    ! has content || deploy content "$source" "$work/cache" content "$i"
  fi
done
for i in $(seq 1 "$heavy"); do
  ! has src || deploy src "$source" "$work/cache" src "$i"
  ! has src-r2r || deploy src-r2r "$source" "$work/cache" src "$i" r2r
done
echo "load at end: $(uptime | sed 's/.*load average/load average/')"

python3 - "$results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, secs, restore, compiled = line.split()
    rows.setdefault(name, []).append((float(secs), float(restore), compiled))
order = ["baseline", "cold", "content", "src", "src-r2r"]
what = {"baseline": "before: dotnet run, fresh home (content edit)", "cold": "no cache", "content": "content-only change, cache restored",
        "src": "src/ change, cache restored", "src-r2r": "src/ change, cache restored, ReadyToRun"}
base = statistics.median(s for s, _, _ in rows["baseline"]) if "baseline" in rows else None
print()
print("| deploy | runs | median | range | cache restore (copy) | tool compiled | vs before |")
print("| --- | ---: | ---: | ---: | ---: | --- | ---: |")
for name in order:
    if name not in rows:
        continue
    secs = [s for s, _, _ in rows[name]]
    med = statistics.median(secs)
    ratio = f"{med / base:.2f}x" if base else ""
    print(f"| {what[name]} | {len(secs)} | {med:.1f} s | {min(secs):.1f}-{max(secs):.1f} s | "
          f"{statistics.median(r for _, r, _ in rows[name]):.1f} s | {'/'.join(sorted({c for _, _, c in rows[name]}))} | {ratio} |")
PY
