"""What a conversation used, per route, and what the hosted part cost by the user's own prices.

Hearth bakes in no prices: the user sets a price per million prompt and completion tokens for a
provider and model in Settings (``HostedSettings.prices``, keyed ``"<provider>/<model>"``). Local
answers cost nothing but time; hosted answers without a price get no estimate.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.providers import provider_label
from app.core.store import RouteTotals
from app.core.text import QT_TRANSLATE_NOOP, Text


def price_key(provider: str, model: str) -> str:
    return f"{provider}/{model}"


def price_for(prices: dict[str, list[float]], provider: str, model: str) -> tuple[float, float]:
    """(prompt, completion) USD per million tokens; (0, 0) when the user set none."""
    pair = prices.get(price_key(provider, model), [])
    return (float(pair[0]), float(pair[1])) if len(pair) == 2 else (0.0, 0.0)


@dataclass(frozen=True)
class UsageLine:
    totals: RouteTotals
    cost_usd: float | None  # None: local, or no price set

    @property
    def text(self) -> Text:
        t = self.totals
        where = (
            Text(
                QT_TRANSLATE_NOOP("Core", "Hosted · {provider} · {model}"),
                provider=provider_label(t.provider),
                model=t.model,
            )
            if t.route == "hosted"
            else Text(QT_TRANSLATE_NOOP("Core", "Local · {model}"), model=t.model)
        )
        tokens = Text(
            QT_TRANSLATE_NOOP(
                "Core",
                "{answers} answer(s), {prompt:,} prompt + {completion:,} completion tokens",
            ),
            answers=t.messages,
            prompt=t.prompt_tokens,
            completion=t.completion_tokens,
        )
        if t.route != "hosted":
            template = QT_TRANSLATE_NOOP(
                "Core", "{where}: {tokens}, no charge (ran on this machine)"
            )
            return Text(template, where=where, tokens=tokens)
        if self.cost_usd is None:
            template = QT_TRANSLATE_NOOP(
                "Core",
                "{where}: {tokens}, no price set (add one in Settings… to see an estimate)",
            )
            return Text(template, where=where, tokens=tokens)
        template = QT_TRANSLATE_NOOP("Core", "{where}: {tokens}, about ${cost:.4f}")
        return Text(template, where=where, tokens=tokens, cost=self.cost_usd)


def usage_lines(totals: list[RouteTotals], prices: dict[str, list[float]]) -> list[UsageLine]:
    lines = []
    for t in totals:
        cost: float | None = None
        if t.route == "hosted" and t.provider and t.model:
            prompt_price, completion_price = price_for(prices, t.provider, t.model)
            if prompt_price or completion_price:
                cost = (
                    t.prompt_tokens * prompt_price + t.completion_tokens * completion_price
                ) / 1e6
        lines.append(UsageLine(t, cost))
    return lines


def hosted_cost(lines: list[UsageLine]) -> float | None:
    """The estimated total of the hosted answers that have a price; None when none has."""
    costs = [line.cost_usd for line in lines if line.cost_usd is not None]
    return sum(costs) if costs else None
