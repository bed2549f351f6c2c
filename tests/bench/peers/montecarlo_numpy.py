#!/usr/bin/python3
"""The Monte Carlo of core/model (MonteCarlo::run with its default options) as an analyst
would write it in NumPy: every run at once as a vector, the years one after another.

scripts/bench times it against BM_MonteCarlo of tests/bench/modelbench.cpp on the same
work: the same runs and years, the same seven uncertain parameters drawn from the same
triangular distributions, the same projection (equations 1-8), and the same summary,
P5/P25/P50/P75/P95 in every year of the spend index, the required H100e and the required
AI capex.

usage: montecarlo_numpy.py RUNS [SEED] [T0] [T]   (defaults 100000 1 2024 2035)
Needs Debian's /usr/bin/python3 with python3-numpy. Prints one JSON line: runs, years,
P5/P50/P95 in the last year of the required AI capex (USD) and of the spend index, and
seconds, the time of the simulation and its percentiles (not of starting Python or
importing NumPy).
"""
import json
import sys
import time

import numpy as np

# The parameters MonteCarloOptions draws by default, as (low, mode, high) of a triangular
# distribution whose mode is the parameter's value in the shipped dashboard: the defaults
# and ranges of core/model/parameters.cpp, cost_decline from the default cost-curve preset
# (ark_inference), base_fleet and its range summed from the LessWrong end-2024 estimates of
# the five default companies in data/observations.json. Values are for t0 = 2024.
DRAWN = (
    ("cost_decline", 0.50, 0.86, 0.95),
    ("hw_gain", 1.25, 1.35, 1.45),
    ("elasticity", 0.6, 1.1, 1.6),
    ("demand_growth", 1.0, 1.0, 1.5),
    ("base_fleet", 2.65e6, 3.1e6, 3.55e6),
    ("h100e_price", 25000.0, 35000.0, 50000.0),
    ("accel_share", 0.4, 0.6, 0.7),
)

# Parameters that keep their value in every run. shock_factor is 1 (no shock), so the
# shock plays no part and is left out.
FIXED = {
    "useful_life": 5,  # years
    "capex_cap_share": 0.02,  # of world GDP
    "world_gdp_usd": 110e12,
    "gdp_growth": 1.03,
}

PERCENTILES = (5, 25, 50, 75, 95)


def draw_parameters(runs, seed):
    """One array of `runs` values per parameter of DRAWN."""
    rng = np.random.default_rng(seed)
    drawn = {}
    for name, low, mode, high in DRAWN:
        if high > low:
            drawn[name] = rng.triangular(low, mode, high, runs)
        else:
            drawn[name] = np.full(runs, mode)
    return drawn


def project(p, years, useful_life, capex_cap0, gdp_growth):
    """Equations 1-8 for every run at once. `p` holds one array per parameter of DRAWN (or
    scalars); `capex_cap0` is the ceiling in the base year (inf for none). Returns three
    years x runs arrays: spend index E, required H100e H_req and required AI capex K_req."""
    base_fleet = np.asarray(p["base_fleet"], dtype=float)
    shape = (years,) + base_fleet.shape
    spend = np.empty(shape)
    required = np.empty(shape)
    capex = np.empty(shape)
    bought = np.zeros(shape)  # N(n), kept for the retirements useful_life years later

    # E(n) = g^n * C(n)^(1 - e) with C(n) = (1 - d)^n: one yearly factor per run.
    spend_factor = p["demand_growth"] * (1.0 - p["cost_decline"]) ** (1.0 - p["elasticity"])
    base_retirement = base_fleet / useful_life

    e = np.ones_like(base_fleet)
    hw = np.ones_like(base_fleet)  # hw_gain^n
    installed = base_fleet.copy()
    spend[0], required[0], capex[0] = e, base_fleet, 0.0
    for n in range(1, years):
        e = e * spend_factor
        hw = hw * p["hw_gain"]
        h_req = base_fleet * e * hw
        price = p["h100e_price"] / hw
        # The base-year fleet retires evenly over its useful life, later purchases after it.
        retired = bought[n - useful_life] if n > useful_life else base_retirement
        wanted = np.maximum(h_req - installed + retired, 0.0)
        wanted_capex = wanted * price / p["accel_share"]
        ceiling = capex_cap0 * gdp_growth**n
        capped = wanted_capex > ceiling
        capex[n] = np.where(capped, ceiling, wanted_capex)
        bought[n] = np.where(capped, ceiling * p["accel_share"] / price, wanted)
        installed = installed + bought[n] - retired
        spend[n], required[n] = e, h_req
    return spend, required, capex


def simulate(runs, seed, years):
    """The percentiles (rows PERCENTILES, one column a year) of E, H_req and K_req. The plan's
    ratio to K_req is left out: with the plan fixed, MonteCarlo reads it off K_req's order
    statistics instead of simulating it."""
    p = draw_parameters(runs, seed)
    capex_cap0 = FIXED["capex_cap_share"] * FIXED["world_gdp_usd"]
    outputs = project(p, years, FIXED["useful_life"], capex_cap0, FIXED["gdp_growth"])
    return [np.percentile(values, PERCENTILES, axis=1) for values in outputs]


def main():
    defaults = [100000, 1, 2024, 2035]
    given = [int(word) for word in sys.argv[1:5]]
    runs, seed, t0, horizon = given + defaults[len(given):]
    years = horizon - t0 + 1

    started = time.perf_counter()
    spend, _required, capex = simulate(runs, seed, years)
    seconds = time.perf_counter() - started

    last_year = lambda table: [float(table[PERCENTILES.index(level), -1]) for level in (5, 50, 95)]
    print(json.dumps({
        "runs": runs,
        "years": years,
        "required_ai_capex_usd_p5_p50_p95": last_year(capex),
        "spend_index_p5_p50_p95": last_year(spend),
        "seconds": round(seconds, 4),
    }))


if __name__ == "__main__":
    main()
