#!/usr/bin/env bash
# Reruns the reference scripts into a temporary folder and compares their output with the committed
# files: scripts/reference/series.json (the series, from make_series.py),
# test/reference/fixtures/fits.json (scipy/statsmodels fits of them, from fits.py) and
# test/reference/fixtures/damped.json (statsmodels' damped trend on their paces, from damped.py).
#
# The fits are rerun under several floating-point kernels: the machine's own OpenBLAS setting, and
# OPENBLAS_CORETYPE=Prescott (SSE3) and Haswell (AVX2, where the CPU has it). Closed-form values must
# agree to a relative 1e-9, an optimizer's outputs within the flat region of its minimum
# (compare.py says which is which and why). Installs nothing: it needs Debian's python3-numpy,
# python3-scipy and python3-statsmodels (apt-get install), run by /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
"$PY" -c 'import numpy, scipy, statsmodels; print("numpy", numpy.__version__, "scipy", scipy.__version__, "statsmodels", statsmodels.__version__)'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PY" scripts/reference/make_series.py "$tmp/series.json"
"$PY" scripts/reference/compare.py scripts/reference/series.json "$tmp/series.json"

kernels=("as set" Prescott)
if grep -qw avx2 /proc/cpuinfo 2>/dev/null; then kernels+=(Haswell); else echo "no AVX2 on this CPU: Haswell kernels skipped"; fi

# One kernel's fits and damped trend, into $tmp/<label>/ (the two kernels' runs go side by side).
regenerate() {
  local label="$1" dir="$tmp/${1// /-}"
  mkdir -p "$dir"
  if [[ "$label" == "as set" ]]; then
    "$PY" scripts/reference/fits.py scripts/reference/series.json "$dir/fits.json"
    "$PY" scripts/reference/damped.py scripts/reference/series.json "$dir/damped.json"
  else
    OPENBLAS_CORETYPE="$label" "$PY" scripts/reference/fits.py scripts/reference/series.json "$dir/fits.json"
    OPENBLAS_CORETYPE="$label" "$PY" scripts/reference/damped.py scripts/reference/series.json "$dir/damped.json"
  fi
}

pids=()
for kernel in "${kernels[@]}"; do
  regenerate "$kernel" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done

status=0
for kernel in "${kernels[@]}"; do
  dir="$tmp/${kernel// /-}"
  if [[ "$kernel" == "as set" ]]; then
    echo "--- OPENBLAS_CORETYPE as set on this machine: ${OPENBLAS_CORETYPE:-unset}"
  else
    echo "--- OPENBLAS_CORETYPE=$kernel"
  fi
  "$PY" scripts/reference/compare.py test/reference/fixtures/fits.json "$dir/fits.json" || status=1
  "$PY" scripts/reference/compare.py test/reference/fixtures/damped.json "$dir/damped.json" || status=1
done
exit "$status"
