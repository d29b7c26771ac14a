#!/usr/bin/env bash
# Executes examples/notebook/onboarding.ipynb for real with the tslab TypeScript kernel into
# demo-output/notebook/, then compares its outputs with those committed in the notebook
# (outputs.mjs): a failing cell, a cell that writes to stderr, or an output that differs from the
# committed one (a drift, shown as a diff) fails this script.
#
#   npm run notebook                 (CI: bash examples/notebook/run.sh)
#   npm run notebook -- --update     writes the new outputs into the committed notebook
#   bash examples/notebook/run.sh [--update] other.ipynb   (a notebook in this folder)
#   NOTEBOOK_ALLOW_ERRORS=1 npm run notebook   runs past a failing cell: tslab's type errors then show
#                                              in the drift diff, where nbconvert's message is empty
#
# Needs: Node 20 with the dev dependencies installed (tslab; zeromq's native binary ships in its
# npm package), and Debian's jupyter-nbconvert, python3-nbclient and jupyter-client, which this
# script installs with apt-get when they are missing and it runs as root.
set -euo pipefail

mode=check
if [ "${1:-}" = "--update" ]; then
  mode=update
  shift
fi
notebook="${1:-onboarding.ipynb}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

jupyter_bin=/usr/bin/jupyter
if ! [ -x "$jupyter_bin" ] || ! "$jupyter_bin" nbconvert --version >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-client
  else
    echo "run.sh: jupyter nbconvert is missing: apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-client" >&2
    exit 1
  fi
fi

tslab_bin="$root/node_modules/.bin/tslab"
[ -x "$tslab_bin" ] || { echo "run.sh: tslab is not installed (npm ci installs it as a dev dependency)" >&2; exit 1; }
node -e 'require("zeromq")' || { echo "run.sh: zeromq's native binary does not load on $(node --version)" >&2; exit 1; }

# The notebook imports the BUILT package.
if ! [ -f "$root/dist/index.cjs" ]; then
  flock /tmp/build.lock npx tsup --silent
fi

work="$(mktemp -d)"
link="$here/node_modules"
cleanup() {
  rm -rf "$work"
  rm -f "$link/onboarding-targets"
  rmdir "$link" 2>/dev/null || true
}
trap cleanup EXIT

# The kernel spec, written by hand (what `tslab install` would write), in a private Jupyter path.
mkdir -p "$work/kernels/tslab"
cat >"$work/kernels/tslab/kernel.json" <<JSON
{"argv": ["$tslab_bin", "kernel", "--config-path", "{connection_file}"], "display_name": "TypeScript (tslab)", "language": "typescript"}
JSON

# tslab type-checks cells with TypeScript's Node10 resolution, which ignores package self-reference:
# make "onboarding-targets" resolvable from the notebook's folder, as it is for an installed user.
mkdir -p "$link"
ln -sfn "$root" "$link/onboarding-targets"

out="$root/demo-output/notebook"
mkdir -p "$out"
cd "$here"
# A shared lock on /tmp/build.lock, when flock exists, keeps a concurrent (locked) build from
# emptying dist/ while the kernel reads it.
lock=()
if command -v flock >/dev/null; then lock=(flock -s /tmp/build.lock); fi
JUPYTER_PATH="$work" JUPYTER_DATA_DIR="$work/data" JUPYTER_RUNTIME_DIR="$work/runtime" \
  "${lock[@]}" "$jupyter_bin" nbconvert --to notebook --execute \
  ${NOTEBOOK_ALLOW_ERRORS:+--allow-errors} --ExecutePreprocessor.kernel_name=tslab --ExecutePreprocessor.timeout=300 \
  --output-dir "$out" "$notebook"
echo "notebook executed: $out/$notebook"
node "$here/outputs.mjs" "$mode" "$here/$notebook" "$out/$notebook"
