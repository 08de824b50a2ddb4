"""Agreement coefficients against values worked out by hand."""
from __future__ import annotations

import pytest

from analysis.agreement import Rating, cohen_kappa, krippendorff_alpha, report


def test_cohen_kappa_matches_the_textbook_example():
    # 50 items: both yes 20, both no 15, a-yes/b-no 5, a-no/b-yes 10
    a = ["y"] * 20 + ["n"] * 15 + ["y"] * 5 + ["n"] * 10
    b = ["y"] * 20 + ["n"] * 15 + ["n"] * 5 + ["y"] * 10
    po, pe = 35 / 50, (25 / 50) * (30 / 50) + (25 / 50) * (20 / 50)
    assert cohen_kappa(a, b) == pytest.approx((po - pe) / (1 - pe), abs=1e-4)


def test_krippendorff_alpha_nominal_by_hand_and_with_missing_values():
    # values c,c | r,r | c,r : Do = 2/6, De = 18/30  ->  alpha = 1 - (1/3)/(3/5) = 4/9
    assert krippendorff_alpha([["c", "c"], ["r", "r"], ["c", "r"]]) == pytest.approx(4 / 9,
                                                                                    abs=1e-4)
    # a unit with one value is not pairable and changes nothing
    assert krippendorff_alpha([["c", "c"], ["r", "r"], ["c", "r"], ["c", None]]) == \
        pytest.approx(4 / 9, abs=1e-4)


def test_undefined_coefficients_are_none_not_nan():
    assert cohen_kappa(["a", "a"], ["a", "a"]) is None
    assert cohen_kappa(["a"], ["b"]) is None
    assert krippendorff_alpha([["a", "a"], ["a", "a"]]) is None
    assert krippendorff_alpha([]) is None
    with pytest.raises(ValueError):
        cohen_kappa(["a"], ["a", "b"])


def test_report_per_pair_and_per_outlet():
    rs = [Rating(1, "huda", "المدى", "confirmed", "true"),
          Rating(1, "omar", "المدى", "confirmed", "true"),
          Rating(2, "huda", "المدى", "rejected", "false"),
          Rating(2, "omar", "المدى", "confirmed", None),
          Rating(3, "huda", "إيلاف", "rejected", "false"),
          Rating(3, "zaid", "إيلاف", "rejected", "false"),
          Rating(4, "huda", "إيلاف", "confirmed", "true"),
          Rating(4, "zaid", "إيلاف", "confirmed", "true"),
          Rating(5, "huda", None, "confirmed", None)]  # judged once: not counted
    r = report(rs)
    assert (r["claims"], r["ratings"]) == (4, 8)
    pairs = {tuple(p["reviewers"]): p for p in r["pairs"]}
    assert set(pairs) == {("huda", "omar"), ("huda", "zaid")}
    assert pairs[("huda", "zaid")]["status"] == {"n": 2, "observed": 1.0, "kappa": 1.0,
                                                 "alpha": 1.0}
    hv = pairs[("huda", "omar")]["verdict"]
    assert hv["n"] == 1 and hv["kappa"] is None  # the missing verdict is missing, not a value
    assert pairs[("huda", "omar")]["status"]["observed"] == 0.5
    outlets = {o["outlet"]: o for o in r["outlets"]}
    assert outlets["إيلاف"]["status"]["alpha"] == 1.0 and outlets["المدى"]["claims"] == 2
    assert report([]) == {"claims": 0, "ratings": 0, "overall": {
        "status": {"n": 0, "observed": None, "kappa": None, "alpha": None},
        "verdict": {"n": 0, "observed": None, "kappa": None, "alpha": None}},
        "pairs": [], "outlets": []}
