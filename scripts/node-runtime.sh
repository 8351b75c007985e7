#!/usr/bin/env bash
# Usage: bash scripts/node-runtime.sh VERSION   (e.g. 22.23.5)
#
# Prints the path of a Node.js binary of exactly that version: the machine's own `node` when it is
# that version, otherwise the official build that the npm registry ships as the package
# node-linux-<arch>@VERSION, unpacked once into a cache outside the clone and reused by every later
# run: $KAMERBRIEF_NODE_CACHE, or ${XDG_CACHE_HOME:-~/.cache}/kamerbrief/node. Used by .ci/run to run
# the test suite on each supported Node; run it by hand to try one (`$(bash scripts/node-runtime.sh
# 24.22.3) node_modules/vitest/vitest.mjs run`).
set -euo pipefail
version="${1:?usage: node-runtime.sh VERSION}"
if [ "$(node -v 2>/dev/null || true)" = "v$version" ]; then
  command -v node
  exit 0
fi
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "node-runtime: no node-linux package for $(uname -m)" >&2; exit 1 ;;
esac
cache="${KAMERBRIEF_NODE_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/kamerbrief/node}"
dir="$cache/$version-linux-$arch"
if [ ! -x "$dir/bin/node" ] || [ "$("$dir/bin/node" -v 2>/dev/null || true)" != "v$version" ]; then
  mkdir -p "$cache"
  tmp="$(mktemp -d "$cache/.fetch-XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  echo "node-runtime: fetching node-linux-$arch@$version from the npm registry into $cache" >&2
  (cd "$tmp" && npm pack "node-linux-$arch@$version" --silent >/dev/null)
  mkdir "$tmp/unpacked"
  tar -xzf "$tmp"/node-linux-"$arch"-"$version".tgz -C "$tmp/unpacked" --strip-components=1
  [ "$("$tmp/unpacked/bin/node" -v)" = "v$version" ] || { echo "node-runtime: the package holds no Node $version" >&2; exit 1; }
  rm -rf "$dir"
  mv "$tmp/unpacked" "$dir"
fi
echo "$dir/bin/node"
