#!/usr/bin/python3
"""Compares two reference JSON files (the committed one and a fresh run): the same structure, the
same strings, and every number within what the computation that produced it can promise. Prints
every difference and exits 1 when there is one.

What each kind of number is compared at:

| kind | where | tolerance |
|---|---|---|
| closed form | everything else: the series, OLS coefficients and prediction intervals, Student's t, the damped trend with fixed parameters (forecasts, variances, SSE) | relative 1e-9 of the larger magnitude (absolute floor 1e-12) |
| an optimizer's objective | `sse` inside a fit that carries `tolerance` | relative `tolerance.epsilon`: how far the optimizer's stopping rule lets two runs' minima differ (1e-9 for scipy's least_squares at 1e-15 from many starts, 1e-3 for the best of 28 starts of statsmodels' L-BFGS-B) |
| an optimizer's parameters and what is computed from them | every other number of such a fit (parameters, value at the far date, standard errors) | twice the larger of the two files' half-widths for it in `tolerance`: the width, along that value, of the set of parameters whose SSE is within `epsilon` of the minimum (scripts/reference/tolerance.py); two runs anywhere in that set are the same minimum. Never tighter than the closed-form tolerance |
| the half-widths themselves | `tolerance.*` | relative 0.5 (the same size within a factor of 2): they describe the comparison, are differences of differences, and are not reference values |

Why: an iterative optimizer stops at a point that depends on the floating-point kernels
(another CPU, another OpenBLAS core type). Under the core types Prescott, Haswell, SkylakeX and Zen
on one machine (2026-12-07), scipy's fitted parameters moved by up to 4e-8 relative and
statsmodels' estimated initial level by up to 1e-2 (its best SSE by 5e-5), while closed-form values agreed to 1e-12.
scripts/reference/check.sh regenerates the fixtures under two core types and compares both.

Usage: /usr/bin/python3 scripts/reference/compare.py EXPECTED.json ACTUAL.json [RELATIVE_TOLERANCE]
(RELATIVE_TOLERANCE replaces the closed-form 1e-9.)
"""
import json
import sys

ABSOLUTE_FLOOR = 1e-12
HALF_WIDTH_TOLERANCE = 0.5


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def close(expected, actual, rtol, atol=0.0):
    return abs(expected - actual) <= max(rtol * max(abs(expected), abs(actual)), atol, ABSOLUTE_FLOOR)


def relative(expected, actual):
    scale = max(abs(expected), abs(actual))
    return abs(expected - actual) / scale if scale > 0 else 0.0


def differences(expected, actual, path, rtol, widths=None):
    """widths: None for closed-form values; inside an optimizer's fit, (epsilon, expected half-widths,
    actual half-widths) for the values at this level."""
    if is_number(expected) and is_number(actual):
        name = path.rsplit(".", 1)[-1]
        if widths is None:
            ok, why = close(expected, actual, rtol), f"relative {relative(expected, actual):.3g} > {rtol:g}"
        elif name == "sse":
            ok, why = close(expected, actual, widths[0]), f"relative {relative(expected, actual):.3g} > epsilon {widths[0]:g}"
        else:
            allowed = 2 * max(widths[1].get(name, 0.0), widths[2].get(name, 0.0))
            ok = close(expected, actual, rtol, allowed)
            why = f"by {abs(expected - actual):.3g} > twice the half-width {allowed / 2:.3g}"
        if not ok:
            yield f"{path}: {expected!r} != {actual!r} ({why})"
        return
    if type(expected) is not type(actual):
        yield f"{path}: {expected!r} != {actual!r}"
    elif isinstance(expected, dict):
        fit_widths = widths
        if isinstance(expected.get("tolerance"), dict) and isinstance(actual.get("tolerance"), dict):
            epsilon = max(expected["tolerance"].get("epsilon", 0.0), actual["tolerance"].get("epsilon", 0.0))
            fit_widths = (epsilon, expected["tolerance"], actual["tolerance"])
        for key in sorted(set(expected) | set(actual)):
            if key not in expected or key not in actual:
                yield f"{path}.{key}: only in {'expected' if key in expected else 'actual'}"
            elif key == "versions":
                continue
            elif key == "tolerance" and fit_widths is not None and fit_widths is not widths:
                yield from differences(expected[key], actual[key], f"{path}.{key}", HALF_WIDTH_TOLERANCE)
            else:
                inner = fit_widths
                if fit_widths is not None and isinstance(expected[key], dict):
                    # A nested group (standardErrors) has its half-widths in the same place of `tolerance`.
                    inner = (fit_widths[0], fit_widths[1].get(key, {}), fit_widths[2].get(key, {}))
                yield from differences(expected[key], actual[key], f"{path}.{key}", rtol, inner)
    elif isinstance(expected, list):
        if len(expected) != len(actual):
            yield f"{path}: {len(expected)} items != {len(actual)}"
        for i, (a, b) in enumerate(zip(expected, actual)):
            yield from differences(a, b, f"{path}[{i}]", rtol, widths)
    elif expected != actual:
        yield f"{path}: {expected!r} != {actual!r}"


def main():
    expected_path, actual_path = sys.argv[1], sys.argv[2]
    rtol = float(sys.argv[3]) if len(sys.argv) > 3 else 1e-9
    with open(expected_path) as f:
        expected = json.load(f)
    with open(actual_path) as f:
        actual = json.load(f)
    found = list(differences(expected, actual, "$", rtol))
    for line in found:
        print(line)
    verdict = f"differs in {len(found)} place(s)" if found else "matches"
    print(f"{expected_path}: {verdict} (closed form at relative {rtol:g}, optimizer outputs in their flat region)")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
