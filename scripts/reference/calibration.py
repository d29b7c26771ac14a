#!/usr/bin/python3
"""Statsmodels on the calibration report's series: the same questions put to the standard tools.

Reads the simulated paths written by `npm run calibration` (scripts/calibration/run.ts, --paths) and,
for each, fits three forecasters on the first `observed` month-end values of the running count:

- ETS damped: ETSModel(error="add", trend="add", damped_trend=True), maximum likelihood;
- ARIMA(0,1,0) with drift: statsmodels.tsa.arima.model.ARIMA(order=(0, 1, 0), trend="t");
- ETS by AICc: the lowest AICc among ETS(A,N,N), (A,A,N), (A,Ad,N), (M,N,N), (M,A,N), (M,Ad,N), as
  R's forecast::ets chooses (multiplicative errors only for positive series).

For each it records whether the 90 % prediction interval (summary_frame(alpha=0.1): pi_lower/pi_upper
for ETS, obs_ci for ARIMA; simulated with 2 000 repetitions and a fixed random_state for
multiplicative errors) held the truth 1, 6 and 12 months after the last observed month, and the
chance of reaching the path's goal 12 months after it: 1 - Phi((goal - mean) / sd), with sd read from
the 90 % interval's width (exact for the additive models, a normal approximation otherwise).

Usage: /usr/bin/python3 scripts/reference/calibration.py PATHS.json OUT.json
Needs Debian's python3-numpy, python3-scipy and python3-statsmodels.
"""
import json
import math
import sys
import warnings

import numpy as np
import pandas as pd
import statsmodels
from scipy.stats import norm
from statsmodels.tsa.arima.model import ARIMA
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

LEVEL = 0.9
Z = norm.ppf(0.5 + LEVEL / 2)
AICC_CANDIDATES = [("add", None, False), ("add", "add", False), ("add", "add", True),
                   ("mul", None, False), ("mul", "add", False), ("mul", "add", True)]


def ets_frame(y, error, trend, damped, steps):
    # A pandas Series: statsmodels 0.13's ETS prediction reads its index.
    result = ETSModel(pd.Series(y), error=error, trend=trend, damped_trend=damped).fit(disp=False)
    kwargs = {} if error == "add" else {"method": "simulated", "simulate_repetitions": 2000, "random_state": 0}
    frame = result.get_prediction(start=len(y), end=len(y) + steps - 1, **kwargs).summary_frame(alpha=1 - LEVEL)
    return result, frame["mean"].to_numpy(), frame["pi_lower"].to_numpy(), frame["pi_upper"].to_numpy()


def ets_damped(y, steps):
    _, mean, lower, upper = ets_frame(y, "add", "add", True, steps)
    return mean, lower, upper


def arima_drift(y, steps):
    result = ARIMA(y, order=(0, 1, 0), trend="t").fit()
    frame = result.get_forecast(steps).summary_frame(alpha=1 - LEVEL)
    return frame["mean"].to_numpy(), frame["mean_ci_lower"].to_numpy(), frame["mean_ci_upper"].to_numpy()


def ets_aicc(y, steps):
    best = None
    for error, trend, damped in AICC_CANDIDATES:
        if error == "mul" and np.min(y) <= 0:
            continue
        try:
            result, mean, lower, upper = ets_frame(y, error, trend, damped, steps)
        except Exception:  # a candidate that statsmodels cannot fit is left out, as forecast::ets does
            continue
        if np.all(np.isfinite([mean, lower, upper])) and (best is None or result.aicc < best[0]):
            best = (result.aicc, mean, lower, upper)
    return best[1:]


FORECASTERS = {"ETS damped": ets_damped, "ARIMA(0,1,0) with drift": arima_drift, "ETS by AICc": ets_aicc}


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source) as f:
        data = json.load(f)
    n, horizons = data["observed"], data["horizons"]
    steps = max(horizons)
    warnings.simplefilter("ignore")  # convergence notes: the forecasts are judged by their coverage
    tallies = {}
    for path in data["paths"]:
        values = np.array(path["values"], dtype=float)
        y, goal = values[:n], path["goal"]
        reached = 1 if values[n - 1 + steps] >= goal else 0
        for name, forecast in FORECASTERS.items():
            t = tallies.setdefault((path["family"], name), {"series": 0, "inside": [0] * len(horizons), "chances": []})
            mean, lower, upper = forecast(y, steps)
            t["series"] += 1
            for i, h in enumerate(horizons):
                truth = values[n - 1 + h]
                t["inside"][i] += int(lower[h - 1] <= truth <= upper[h - 1])
            sd = (upper[steps - 1] - lower[steps - 1]) / (2 * Z)
            chance = float(1 - norm.cdf((goal - mean[steps - 1]) / sd)) if sd > 0 else float(mean[steps - 1] >= goal)
            t["chances"].append([chance, reached])
    results = []
    for (family, name), t in tallies.items():
        chances = np.array(t["chances"])
        base = float(np.mean(chances[:, 1]))
        brier = float(np.mean((chances[:, 0] - chances[:, 1]) ** 2))
        results.append({
            "family": family,
            "call": name,
            "series": t["series"],
            "coverage": {f"h{h}": t["inside"][i] / t["series"] for i, h in enumerate(horizons)},
            "brier": brier,
            "baseBrier": base * (1 - base),
        })
        print(f"{family:28} {name:24} " + "  ".join(f"{100 * t['inside'][i] / t['series']:3.0f} %" for i in range(len(horizons)))
              + f"   Brier {brier:.3f} against {base * (1 - base):.3f}")
    versions = {"numpy": np.__version__, "statsmodels": statsmodels.__version__}
    with open(target, "w") as f:
        json.dump({"generatedBy": "scripts/reference/calibration.py", "versions": versions, "results": results}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
