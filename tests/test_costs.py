"""Usage per route and the estimated hosted cost, from the user's own prices only."""

from __future__ import annotations

import pytest

from app.core.costs import hosted_cost, price_for, price_key, usage_lines
from app.core.store import RouteTotals

LOCAL = RouteTotals("local", "llama.cpp", "smol.gguf", 3, 1200, 300)
PRICED = RouteTotals("hosted", "openai", "gpt-4o-mini-2024-07-18", 2, 1_000_000, 500_000)
UNPRICED = RouteTotals("hosted", "anthropic", "claude-x", 1, 10, 20)


def test_cost_comes_only_from_prices_the_user_set() -> None:
    prices = {price_key("openai", "gpt-4o-mini-2024-07-18"): [0.15, 0.6]}
    local, priced, unpriced = usage_lines([LOCAL, PRICED, UNPRICED], prices)
    assert local.cost_usd is None and "no charge" in local.text
    assert priced.cost_usd == pytest.approx(0.15 + 0.3)
    assert priced.text.endswith("about $0.4500")
    assert unpriced.cost_usd is None and "no price set" in unpriced.text
    assert hosted_cost([local, priced, unpriced]) == pytest.approx(0.45)
    assert hosted_cost(usage_lines([LOCAL, UNPRICED], prices)) is None


def test_price_lookup_ignores_malformed_entries() -> None:
    assert price_for({"openai/m": [1.0, 2.0]}, "openai", "m") == (1.0, 2.0)
    assert price_for({"openai/m": [1.0]}, "openai", "m") == (0.0, 0.0)
    assert price_for({}, "openai", "m") == (0.0, 0.0)
