#!/usr/bin/python3
"""Writes the reference series (scripts/reference/series.json) that fits.py fits with scipy.

Run once; the JSON is committed and check.sh verifies that this script still reproduces it.
Deterministic: Python's own Mersenne Twister (random.Random) with a fixed seed per series, no
third-party code. Values are integers (counts), cumulative, and never fall.

Usage: /usr/bin/python3 scripts/reference/make_series.py [OUT.json]
"""
import calendar
import datetime
import json
import math
import random
import sys


def month_ends(year, month, count, step=1):
    out = []
    index = 12 * year + month - 1
    for _ in range(count):
        y, m = divmod(index, 12)
        out.append(datetime.date(y, m + 1, calendar.monthrange(y, m + 1)[1]).isoformat())
        index += step
    return out


def irregular_days(start, count, rng, low, high):
    """Dates `low`..`high` days apart (uniform integers), from `start`."""
    day = datetime.date.fromisoformat(start)
    out = [day.isoformat()]
    for _ in range(count - 1):
        day += datetime.timedelta(days=rng.randint(low, high))
        out.append(day.isoformat())
    return out


def position(date):
    """The library's month axis: 12·year + month - 1 + day/daysInMonth."""
    d = datetime.date.fromisoformat(date)
    return 12 * d.year + d.month - 1 + d.day / calendar.monthrange(d.year, d.month)[1]


def logistic(K, r, mid):
    return lambda h: K / (1 + math.exp(-r * (h - mid)))


def bass(n0, M, p, q):
    def f(t):
        if t <= 0:
            return n0
        e = math.exp(-(p + q) * t)
        return n0 + M * (1 - e) / (1 + (q / p) * e)

    return f


def observe(dates, curve, noise=0.0, seed=0):
    """Cumulative counts: the curve's increments between dates, each scaled by a lognormal factor
    exp(noise·z - noise²/2) (mean 1), summed from the curve's first value and rounded."""
    rng = random.Random(seed)
    x0 = position(dates[0])
    xs = [position(d) - x0 for d in dates]
    total = curve(xs[0])
    values = [round(total)]
    for a, b in zip(xs, xs[1:]):
        inc = max(curve(b) - curve(a), 0.0)
        if noise > 0:
            inc *= math.exp(noise * rng.gauss(0.0, 1.0) - noise * noise / 2)
        total += inc
        values.append(round(total))
    return [{"date": d, "value": int(v)} for d, v in zip(dates, values)]


def series():
    out = []

    def add(name, description, observations, methods=("logistic", "bass"), far="2030-12-31"):
        out.append({"name": name, "description": description, "methods": list(methods), "far": far, "observations": observations})

    bass_repro = [2473, 3242, 4223, 5436, 6980, 8923, 11344, 14355, 17764, 21861]
    add("bass-reproduction", "month ends 2021-11 … 2022-08, where the 0.1 grid search stopped at p = 0.004079 (SSE 49 778)",
        [{"date": d, "value": v} for d, v in zip(month_ends(2021, 11, 10), bass_repro)])
    logistic_repro = [877, 159499, 393433, 746545, 1199686, 1724912, 2317414, 2875474, 3375717]
    add("logistic-reproduction", "month ends 2021-10 … 2022-06, where the 0.1 logit fit stopped at r = 1.1005 (SSE 5.45e11)",
        [{"date": d, "value": v} for d, v in zip(month_ends(2021, 10, 9), logistic_repro)])

    add("logistic-clean", "K = 50 000, r = 0.3/month, midpoint month 12 of 24 month ends, only rounded",
        observe(month_ends(2022, 1, 24), logistic(50_000, 0.3, 12)))
    add("logistic-noisy", "K = 80 000, r = 0.25/month, midpoint month 14 of 30 month ends; increments × lognormal(σ = 0.25), seed 11",
        observe(month_ends(2021, 6, 30), logistic(80_000, 0.25, 14), 0.25, 11))
    add("logistic-weak-saturation", "K = 1 000 000, r = 0.2/month, 18 month ends all before the midpoint (month 24); σ = 0.1, seed 12",
        observe(month_ends(2022, 3, 18), logistic(1_000_000, 0.2, 24), 0.1, 12))
    add("logistic-short", "K = 5 000, r = 0.5/month, midpoint month 2: 5 month ends, σ = 0.05, seed 13",
        observe(month_ends(2023, 1, 5), logistic(5000, 0.5, 2), 0.05, 13))
    add("logistic-irregular", "K = 20 000, r = 0.15/month, midpoint month 10; 40 dates 5–25 days apart (seed 14), σ = 0.3, seed 15",
        observe(irregular_days("2022-02-03", 40, random.Random(14), 5, 25), logistic(20_000, 0.15, 10), 0.3, 15))

    add("bass-clean", "N0 = 500, M = 100 000, p = 0.01, q = 0.3 per month; 30 month ends, only rounded",
        observe(month_ends(2021, 1, 30), bass(500, 100_000, 0.01, 0.3)))
    add("bass-noisy", "N0 = 200, M = 40 000, p = 0.02, q = 0.4; 24 month ends, increments × lognormal(σ = 0.2), seed 21",
        observe(month_ends(2022, 1, 24), bass(200, 40_000, 0.02, 0.4), 0.2, 21))
    add("bass-weak-saturation", "N0 = 0, M = 500 000, p = 0.003, q = 0.25; the first 14 month ends (take-off only), σ = 0.1, seed 22",
        observe(month_ends(2022, 1, 14), bass(0, 500_000, 0.003, 0.25), 0.1, 22))
    add("bass-short", "N0 = 100, M = 10 000, p = 0.05, q = 0.5; 5 month ends, σ = 0.05, seed 23",
        observe(month_ends(2023, 6, 5), bass(100, 10_000, 0.05, 0.5), 0.05, 23))
    add("bass-irregular", "N0 = 1 000, M = 60 000, p = 0.008, q = 0.35; 50 dates 3–20 days apart (seed 24), σ = 0.3, seed 25",
        observe(irregular_days("2021-09-14", 50, random.Random(24), 3, 20), bass(1000, 60_000, 0.008, 0.35), 0.3, 25))
    add("linear-growth", "a straight line, 1 200 a month from 3 000, 20 month ends, σ = 0.15, seed 31 (no saturation in sight)",
        observe(month_ends(2022, 5, 20), lambda h: 3000 + 1200 * h, 0.15, 31))
    add("exponential-growth", "100·e^{0.12 h}, 24 month ends, σ = 0.1, seed 32 (capacity far above the data)",
        observe(month_ends(2022, 1, 24), lambda h: 100 * math.exp(0.12 * h), 0.1, 32))
    add("quarterly", "K = 300 000, r = 0.12/month, midpoint month 20; 12 quarter ends, σ = 0.1, seed 41",
        observe(month_ends(2020, 3, 12, 3), logistic(300_000, 0.12, 20), 0.1, 41))
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "scripts/reference/series.json"
    with open(path, "w") as f:
        json.dump({"generatedBy": "scripts/reference/make_series.py", "series": series()}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
