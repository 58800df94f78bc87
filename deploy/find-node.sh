#!/usr/bin/env bash
# Writes `path=<node>` to GITHUB_OUTPUT: a Node 24 or later for the deploy's JavaScript steps. The PATH node when it
# is new enough, else the newest one in the runner's tool cache, else nothing (the action then sets one up), so the
# steps never run on an older Node than the JavaScript actions do.
set -euo pipefail
want=24

major_of() { # a node binary's major version, 0 when it does not run
  local version
  version=$("$1" --version 2>/dev/null) || { echo 0; return; }
  version=${version#v}
  [[ $version =~ ^[0-9]+ ]] && echo "${BASH_REMATCH[0]}" || echo 0
}

found=''
if command -v node >/dev/null 2>&1 && (($(major_of node) >= want)); then
  found=$(command -v node)
elif [[ -n ${RUNNER_TOOL_CACHE:-} && -d $RUNNER_TOOL_CACHE/node ]]; then
  best=''
  # Version folders like 24.11.1; sort -V puts the newest last.
  while IFS= read -r version; do
    [[ $version =~ ^([0-9]+)\. ]] || continue
    ((BASH_REMATCH[1] >= want)) || continue
    for candidate in "$RUNNER_TOOL_CACHE/node/$version"/*/bin/node "$RUNNER_TOOL_CACHE/node/$version"/*/node.exe; do
      if [[ -x $candidate ]] && (($(major_of "$candidate") >= want)); then best=$candidate; fi
    done
  done < <(ls -1 "$RUNNER_TOOL_CACHE/node" | sort -V)
  found=$best
fi

if [[ -n $found ]]; then
  echo "Node $("$found" --version) at $found"
else
  echo "No Node $want or later on PATH or in the tool cache; setting one up."
fi
echo "path=$found" >>"$GITHUB_OUTPUT"
