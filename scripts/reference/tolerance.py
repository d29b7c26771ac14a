"""How precisely a least-squares minimum is determined: the tolerance each reported value of a fit
is compared at (scripts/reference/compare.py).

An optimizer stops where it can no longer lower the sum of squares by more than its own stopping
rule allows, and that point moves with the floating-point kernel (another CPU, another OpenBLAS core
type). Every point whose sum of squares is within a relative epsilon of the minimum is an equally
good answer; epsilon is how far the optimizer's stopping rule lets two runs' sums of squares differ
(each script states its own and why). To second order that set is the ellipsoid

    (theta - theta*)' J'J (theta - theta*) <= epsilon * SSE

with J the Jacobian of the residuals at the minimum (the Gauss-Newton Hessian). Its semi-axes lie
along the eigenvectors v_k of J'J, of length a_k = sqrt(epsilon * SSE / lambda_k) (computed from the
singular values of J with its columns scaled to unit norm, for accuracy). For a reported
quantity q(theta) (a parameter, a value derived from them, a standard error), the largest change
over the ellipsoid is, to first order, sqrt(sum_k d_k^2), with d_k the larger of
|q(theta* + a_k v_k) - q(theta*)| and |q(theta* - a_k v_k) - q(theta*)|: the change along each
semi-axis, added in quadrature. That is the quantity's half-width; two runs
anywhere in the set differ by at most twice it.

A parameter's half-width is its standard error times sqrt(epsilon * (m - p)): for epsilon = 1e-6
and m - p = 20, 0.5 % of a standard error. Runs that differ by less are the same minimum for every
statistical purpose.
"""
import numpy as np


def half_widths(theta, jacobian, sse, quantities, epsilon):
    """theta: the minimum; jacobian: J at theta (m x p); sse: the minimum's sum of squares;
    quantities: name -> function of theta (or a dict of them, nested); epsilon: the relative
    precision of the minimum's sum of squares. Returns {"epsilon": epsilon, ...} with each quantity's
    half-width over {SSE <= (1 + epsilon) SSE*}, in the shape of quantities."""
    theta = np.asarray(theta, dtype=float)
    # In units of each column's norm (p, q and M of a Bass curve differ by nine orders), by the
    # singular values of J: J = U S V', so J'J has eigenvalues s_k^2 and eigenvectors V.
    norms = np.linalg.norm(jacobian, axis=0)
    norms = np.where(norms > 0, norms, 1.0)
    _, singular, vt = np.linalg.svd(jacobian / norms, full_matrices=False)
    axes = []
    for s, v in zip(singular, vt):
        # A direction the residuals do not see (s ~ 0 against the largest) has no finite extent:
        # the parameters are undetermined along it, and their half-widths are left to the floor.
        if s > 1e-10 * singular[0]:
            axes.append(np.sqrt(epsilon * sse) / s * v / norms)

    def width(q):
        if isinstance(q, dict):
            return {name: width(f) for name, f in q.items()}
        at = float(q(theta))
        changes = [max(abs(float(q(theta + a)) - at), abs(float(q(theta - a)) - at)) for a in axes]
        return float(np.sqrt(np.sum(np.square(changes)))) if changes else 0.0

    return {"epsilon": epsilon, **width(quantities)}
