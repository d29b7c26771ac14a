#!/usr/bin/python3
"""Reference fits for the projection tests, computed with scipy and statsmodels.

For every series of scripts/reference/series.json this writes test/reference/fixtures/fits.json:

- logistic: the least-squares minimum of  sum (y - K/(1 + exp(-(r*x + c))))^2  over the points with
  y > 0, in the library's search box K in max(y)*[1 + 1e-3, 1 + 1e3], r in [-20, 20] per month,
  c in [-50, 50] (c = -r*midpoint, the logit at the origin);
- bass: the least-squares minimum of  sum (y - N0 - M*F(x - x_launch))^2  over the points after the
  first (the launch, value N0), F(t) = (1 - e^{-(p+q)t})/(1 + (q/p)e^{-(p+q)t}), in the box
  p in [1e-5, 0.5], q in [1e-4, 2], M >= 0;
- for both, the asymptotic standard errors sqrt(s^2 [(J'J)^-1]_jj), s^2 = SSE/(m - 3), from the
  Jacobian J at the minimum (m residuals);
- for both, `tolerance`: each reported value's half-width over the set of parameters whose sum of
  squares is within a relative 1e-9 (EPSILON) of the minimum (scripts/reference/tolerance.py), the precision
  an optimizer can promise: compare.py compares the optimizer's outputs at that, not at 1e-9;
- linear (a few series): the ordinary least squares line of the cumulative values and the
  prediction interval of a new observation (statsmodels' obs_ci_lower/obs_ci_upper) at two dates,
  for confidence 0.9 and 0.95.

x is the library's month axis, 12*year + month - 1 + day/daysInMonth, relative to the last point
(the projection's origin), computed with the same float operations as the library.

Global minimum: scipy.optimize.least_squares (trust-region reflective, bounds, analytic Jacobian,
tolerances 1e-15) started from many points: the 25 best local minima of a dense grid over the two
non-linear parameters (the linear one, K or M, solved exactly for each grid point) plus the 25
best grid points; the lowest sum of squares wins. Deterministic (no random starts).

Usage: /usr/bin/python3 scripts/reference/fits.py [SERIES.json] [OUT.json]
Needs Debian's python3-numpy, python3-scipy and python3-statsmodels.
"""
import calendar
import datetime
import json
import math
import os
import sys

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy.optimize import least_squares
from scipy.special import expit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tolerance import half_widths  # noqa: E402  (the flat region of a least-squares minimum)

LOGISTIC_CAPACITY = (1 + 1e-3, 1 + 1e3)
LOGISTIC_RATE = 20.0
LOGISTIC_LOGIT = 50.0
BASS_P = (1e-5, 0.5)
BASS_Q = (1e-4, 2.0)
LINEAR_SERIES = ("logistic-noisy", "bass-irregular", "linear-growth", "quarterly", "logistic-short")
TOL = dict(ftol=1e-15, xtol=1e-15, gtol=1e-15, max_nfev=20000)
# The relative precision of a fit's minimum sum of squares across floating-point kernels: with the
# tolerances above, the minima of every series agreed to better than 1e-9 relative under OpenBLAS
# core types Prescott, Haswell, SkylakeX and Zen (2026-12-07), while the parameters moved by up to
# 4e-8 relative. The parameters are compared in the flat region that this precision leaves.
EPSILON = 1e-9


def position(date):
    d = datetime.date.fromisoformat(date)
    return 12 * d.year + d.month - 1 + d.day / calendar.monthrange(d.year, d.month)[1]


def axis(observations):
    origin = position(observations[-1]["date"])
    x = np.array([position(o["date"]) - origin for o in observations])
    y = np.array([float(o["value"]) for o in observations])
    return x, y, origin


def sse_of(residuals):
    return math.fsum(float(r) * float(r) for r in residuals)


def best_starts(sse, count=25):
    """Flat indices of the grid's best local minima (8 neighbours) and best points, best first."""
    rows, cols = sse.shape
    padded = np.full((rows + 2, cols + 2), np.inf)
    padded[1:-1, 1:-1] = sse
    neighbours = np.min(
        [padded[1 + di : rows + 1 + di, 1 + dj : cols + 1 + dj] for di in (-1, 0, 1) for dj in (-1, 0, 1) if (di, dj) != (0, 0)],
        axis=0,
    )
    finite = np.isfinite(sse)
    minima = np.flatnonzero((sse <= neighbours) & finite)
    minima = minima[np.argsort(sse.ravel()[minima], kind="stable")][:count]
    order = np.argsort(np.where(finite, sse, np.inf).ravel(), kind="stable")[:count]
    seen, out = set(), []
    for i in list(minima) + list(order):
        if i not in seen and np.isfinite(sse.ravel()[i]):
            seen.add(i)
            out.append(int(i))
    return out


def fit_logistic(x, y, far_x):
    keep = y > 0
    x, y = x[keep], y[keep]
    top = float(np.max(y))
    lo = np.array([top * LOGISTIC_CAPACITY[0], -LOGISTIC_RATE, -LOGISTIC_LOGIT])
    hi = np.array([top * LOGISTIC_CAPACITY[1], LOGISTIC_RATE, LOGISTIC_LOGIT])

    def residuals(t):
        return t[0] * expit(t[1] * x + t[2]) - y

    def jacobian(t):
        s = expit(t[1] * x + t[2])
        w = t[0] * s * (1 - s)
        return np.column_stack([s, w * x, w])

    # Grid over (r, c), K solved by linear least squares and clamped into its range.
    rates = np.concatenate([-np.geomspace(LOGISTIC_RATE, 1e-3, 60), [0.0], np.geomspace(1e-3, LOGISTIC_RATE, 60)])
    logits = np.linspace(-LOGISTIC_LOGIT, LOGISTIC_LOGIT, 401)
    g = expit(rates[:, None, None] * x[None, None, :] + logits[None, :, None])
    sgg = np.sum(g * g, axis=2)
    with np.errstate(divide="ignore", invalid="ignore"):
        K = np.clip(np.where(sgg > 0, np.sum(g * y, axis=2) / sgg, lo[0]), lo[0], hi[0])
    sse = np.sum((K[:, :, None] * g - y) ** 2, axis=2)
    best = None
    for i in best_starts(sse):
        a, b = divmod(i, len(logits))
        start = np.clip([K[a, b], rates[a], logits[b]], lo, hi)
        r = least_squares(residuals, start, jac=jacobian, bounds=(lo, hi), x_scale="jac", method="trf", **TOL)
        value = sse_of(residuals(r.x))
        if best is None or value < best[0]:
            best = (value, r.x)
    value, (K, rate, c) = best
    if len(y) <= 3:
        raise ValueError("standard errors need more than 3 points")

    def standard_errors(t):
        # Standard errors of (K, r, midpoint): s²(JᵀJ)⁻¹ in (K, r, c), carried to midpoint = -c/r by
        # the Jacobian T of that change of parameters (cov = T·C·Tᵀ).
        cov = sse_of(residuals(t)) / (len(y) - 3) * np.linalg.inv(jacobian(t).T @ jacobian(t))
        T = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, t[2] / t[1] ** 2, -1.0 / t[1]]])
        return np.sqrt(np.diag(T @ cov @ T.T))

    se = standard_errors(best[1])
    tolerance = half_widths(
        best[1],
        jacobian(best[1]),
        value,
        {
            "capacity": lambda t: t[0],
            "rate": lambda t: t[1],
            "midpoint": lambda t: -t[2] / t[1],
            "logitAtOrigin": lambda t: t[2],
            "valueAtFar": lambda t: t[0] * expit(t[1] * far_x + t[2]),
            "standardErrors": {name: (lambda t, j=j: standard_errors(t)[j]) for j, name in enumerate(("capacity", "rate", "midpoint"))},
        },
        EPSILON,
    )
    return {
        "capacity": float(K),
        "rate": float(rate),
        "midpoint": float(-c / rate),
        "logitAtOrigin": float(c),
        "sse": value,
        "valueAtFar": float(K * expit(rate * far_x + c)),
        "onBound": on_bound(["capacity", "rate", "logitAtOrigin"], [K, rate, c], lo, hi),
        "standardErrors": {"capacity": float(se[0]), "rate": float(se[1]), "midpoint": float(se[2])},
        "tolerance": tolerance,
    }


def bass_f(t, p, q):
    e = np.exp(-(p + q) * t)
    return (1 - e) / (1 + (q / p) * e)


def fit_bass(x, y, far_x):
    t = x[1:] - x[0]
    target = y[1:] - y[0]
    n0 = float(y[0])
    lo = np.array([BASS_P[0], BASS_Q[0], 0.0])
    hi = np.array([BASS_P[1], BASS_Q[1], np.inf])

    def residuals(v):
        return v[2] * bass_f(t, v[0], v[1]) - target

    def jacobian(v):
        p, q, M = v
        e = np.exp(-(p + q) * t)
        d = 1 + (q / p) * e
        F = (1 - e) / d
        # dF/dp and dF/dq by the quotient rule (d(1-e)/dp = t e; dd/dp = -(q/p^2) e - (q/p) t e; dd/dq = e/p - (q/p) t e).
        dp = (t * e * d - (1 - e) * (-(q / p**2) * e - (q / p) * t * e)) / d**2
        dq = (t * e * d - (1 - e) * (e / p - (q / p) * t * e)) / d**2
        return np.column_stack([M * dp, M * dq, F])

    ps = np.geomspace(BASS_P[0], BASS_P[1], 120)
    qs = np.geomspace(BASS_Q[0], BASS_Q[1], 120)
    F = bass_f(t[None, None, :], ps[:, None, None], qs[None, :, None])
    sff = np.sum(F * F, axis=2)
    M = np.maximum(np.sum(F * target, axis=2) / sff, 0.0)
    sse = np.sum((M[:, :, None] * F - target) ** 2, axis=2)
    sse = np.where(M > 0, sse, np.inf)
    best = None
    for i in best_starts(sse):
        a, b = divmod(i, len(qs))
        r = least_squares(residuals, [ps[a], qs[b], M[a, b]], jac=jacobian, bounds=(lo, hi), x_scale="jac", method="trf", **TOL)
        value = sse_of(residuals(r.x))
        if r.x[2] > 0 and (best is None or value < best[0]):
            best = (value, r.x)
    value, (p, q, M) = best
    if len(t) <= 3:
        raise ValueError("standard errors need more than 3 points after the launch")

    def standard_errors(v):
        J = jacobian(v)
        return np.sqrt(np.diag(sse_of(residuals(v)) / (len(t) - 3) * np.linalg.inv(J.T @ J)))

    se = standard_errors(best[1])
    tolerance = half_widths(
        best[1],
        jacobian(best[1]),
        value,
        {
            "p": lambda v: v[0],
            "q": lambda v: v[1],
            "M": lambda v: v[2],
            "capacity": lambda v: n0 + v[2],
            "valueAtFar": lambda v: n0 + v[2] * bass_f(far_x - x[0], v[0], v[1]),
            "standardErrors": {name: (lambda v, j=j: standard_errors(v)[j]) for j, name in enumerate(("p", "q", "M"))},
        },
        EPSILON,
    )
    return {
        "p": float(p),
        "q": float(q),
        "M": float(M),
        "N0": n0,
        "capacity": n0 + float(M),
        "sse": value,
        "valueAtFar": n0 + float(M) * float(bass_f(far_x - x[0], p, q)),
        "onBound": on_bound(["p", "q"], [math.log(p), math.log(q)], np.log(lo[:2]), np.log(hi[:2])),
        "standardErrors": {"p": float(se[0]), "q": float(se[1]), "M": float(se[2])},
        "tolerance": tolerance,
    }


def on_bound(names, values, lo, hi):
    out = {}
    for name, v, a, b in zip(names, values, lo, hi):
        tol = 1e-9 * (b - a)
        if v <= a + tol:
            out[name] = "lower"
        elif v >= b - tol:
            out[name] = "upper"
    return out


def linear_intervals(x, y, origin, dates):
    model = sm.OLS(y, sm.add_constant(x)).fit()
    out = []
    for date in dates:
        h = position(date) - origin
        for confidence in (0.9, 0.95):
            frame = model.get_prediction(np.array([[1.0, h]])).summary_frame(alpha=1 - confidence)
            out.append(
                {
                    "date": date,
                    "confidence": confidence,
                    "value": float(frame["mean"].iloc[0]),
                    "lower": float(frame["obs_ci_lower"].iloc[0]),
                    "upper": float(frame["obs_ci_upper"].iloc[0]),
                }
            )
    return out


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "scripts/reference/series.json"
    target = sys.argv[2] if len(sys.argv) > 2 else "test/reference/fixtures/fits.json"
    with open(source) as f:
        series = json.load(f)["series"]
    results = []
    for s in series:
        x, y, origin = axis(s["observations"])
        far_x = position(s["far"]) - origin
        entry = {"name": s["name"], "far": s["far"]}
        if "logistic" in s["methods"]:
            entry["logistic"] = fit_logistic(x, y, far_x)
        if "bass" in s["methods"]:
            entry["bass"] = fit_bass(x, y, far_x)
        if s["name"] in LINEAR_SERIES:
            last = datetime.date.fromisoformat(s["observations"][-1]["date"])
            entry["linear"] = linear_intervals(x, y, origin, [(last + datetime.timedelta(days=100)).isoformat(), s["far"]])
        results.append(entry)
    versions = {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__}
    with open(target, "w") as f:
        json.dump({"generatedBy": "scripts/reference/fits.py", "versions": versions, "series": results}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
