#!/usr/bin/env bash
# Reruns the reference scripts into a temporary folder and compares their output with the committed
# files: scripts/reference/series.json (the series, from make_series.py),
# test/reference/fixtures/fits.json (scipy/statsmodels fits of them, from fits.py) and
# test/reference/fixtures/damped.json (statsmodels' damped trend on their paces, from damped.py). Numbers must
# agree to a relative 1e-9 (compare.py). Installs nothing: it needs Debian's python3-numpy,
# python3-scipy and python3-statsmodels (apt-get install), run by /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
"$PY" -c 'import numpy, scipy, statsmodels; print("numpy", numpy.__version__, "scipy", scipy.__version__, "statsmodels", statsmodels.__version__)'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PY" scripts/reference/make_series.py "$tmp/series.json"
"$PY" scripts/reference/compare.py scripts/reference/series.json "$tmp/series.json"
"$PY" scripts/reference/fits.py scripts/reference/series.json "$tmp/fits.json"
"$PY" scripts/reference/compare.py test/reference/fixtures/fits.json "$tmp/fits.json"
"$PY" scripts/reference/damped.py scripts/reference/series.json "$tmp/damped.json"
"$PY" scripts/reference/compare.py test/reference/fixtures/damped.json "$tmp/damped.json"
