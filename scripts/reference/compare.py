#!/usr/bin/python3
"""Compares two JSON files numerically: same structure, same strings, numbers within a relative
tolerance (default 1e-9 of the larger magnitude, with an absolute floor of 1e-12). Prints every
difference and exits 1 when there is one.

Usage: /usr/bin/python3 scripts/reference/compare.py EXPECTED.json ACTUAL.json [RELATIVE_TOLERANCE]
"""
import json
import sys


def differences(expected, actual, path, rtol, atol):
    if isinstance(expected, bool) or isinstance(actual, bool) or not isinstance(expected, (int, float)) or not isinstance(actual, (int, float)):
        if type(expected) is not type(actual):
            yield f"{path}: {expected!r} != {actual!r}"
        elif isinstance(expected, dict):
            for key in sorted(set(expected) | set(actual)):
                if key not in expected or key not in actual:
                    yield f"{path}.{key}: only in {'expected' if key in expected else 'actual'}"
                elif key != "versions":
                    yield from differences(expected[key], actual[key], f"{path}.{key}", rtol, atol)
        elif isinstance(expected, list):
            if len(expected) != len(actual):
                yield f"{path}: {len(expected)} items != {len(actual)}"
            for i, (a, b) in enumerate(zip(expected, actual)):
                yield from differences(a, b, f"{path}[{i}]", rtol, atol)
        elif expected != actual:
            yield f"{path}: {expected!r} != {actual!r}"
        return
    if abs(expected - actual) > max(rtol * max(abs(expected), abs(actual)), atol):
        yield f"{path}: {expected!r} != {actual!r} (relative {abs(expected - actual) / max(abs(expected), abs(actual)):.3g})"


def main():
    expected_path, actual_path = sys.argv[1], sys.argv[2]
    rtol = float(sys.argv[3]) if len(sys.argv) > 3 else 1e-9
    with open(expected_path) as f:
        expected = json.load(f)
    with open(actual_path) as f:
        actual = json.load(f)
    found = list(differences(expected, actual, "$", rtol, 1e-12))
    for line in found:
        print(line)
    print(f"{expected_path}: {'differs in ' + str(len(found)) + ' place(s)' if found else 'matches'} (relative tolerance {rtol:g})")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
