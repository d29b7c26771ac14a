#!/usr/bin/env bash
# `npm run calibration`: the calibration report (scripts/calibration/run.ts), statsmodels on the same
# series (scripts/reference/calibration.py, where Debian's python3-statsmodels is installed), and the
# two side by side (scripts/calibration/report.ts). Arguments go to run.ts (--series N, --seed S,
# --families a,b); --record writes the table and the reliability diagram into docs/.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=reports/calibration
mkdir -p "$out"
record=()
args=()
for a in "$@"; do
  if [[ "$a" == "--record" ]]; then record=(--record); else args+=("$a"); fi
done
npx tsx scripts/calibration/run.ts "${args[@]}" --paths "$out/paths.json" --out "$out/library.json"
reference=()
if /usr/bin/python3 -c 'import statsmodels' 2>/dev/null; then
  echo
  echo "## statsmodels on the same series"
  /usr/bin/python3 scripts/reference/calibration.py "$out/paths.json" "$out/statsmodels.json"
  reference=("$out/statsmodels.json")
else
  echo "statsmodels is not installed (apt-get install python3-statsmodels): its rows are left out"
fi
echo
npx tsx scripts/calibration/report.ts "$out/library.json" "${reference[@]}" "${record[@]}"
