"""Weighted pools of names to draw from with a seeded random.Random: Faker's own lists (with
Faker's frequency weights where it has them) and hand-written lists weighted by rank."""

import bisect
import importlib
import itertools


class Pool:
    """Values with cumulative weights; pick() draws one with the given random.Random."""

    def __init__(self, values, weights=None):
        if not values:
            raise ValueError("empty name pool")
        self.values = list(values)
        weights = list(weights) if weights is not None else [1.0] * len(self.values)
        self.cumulative = list(itertools.accumulate(weights))

    def pick(self, rng):
        at = rng.random() * self.cumulative[-1]
        return self.values[bisect.bisect_right(self.cumulative, at)]

    def boosted(self, boosts):
        """The same pool where each value of `boosts` (value -> share of draws, 0..1) is drawn
        that often; the other values keep their relative weights."""
        merged = {}
        for value, weight in zip(self.values, self.weights()):
            merged[value] = merged.get(value, 0.0) + weight
        rest = sum(w for v, w in merged.items() if v not in boosts)
        scale = rest / (1.0 - sum(boosts.values()))
        for value, share in boosts.items():
            merged[value] = share * scale
        return Pool(merged.keys(), merged.values())

    def weights(self):
        return [b - a for a, b in zip([0.0] + self.cumulative[:-1], self.cumulative)]

    def __add__(self, other):
        return Pool(self.values + other.values, self.weights() + other.weights())


def by_rank(values, exponent=0.8):
    """A hand-written list, most common first, with Zipf-like weights 1/rank^exponent."""
    return Pool(values, [1.0 / (rank ** exponent) for rank in range(1, len(values) + 1)])


def faker_pool(locale, attribute):
    """A Faker person-provider list (tuple or weighted OrderedDict) as a Pool; None when the
    locale does not have it."""
    provider = importlib.import_module("faker.providers.person." + locale).Provider
    values = getattr(provider, attribute, None)
    if not values:
        return None
    if isinstance(values, dict):
        return Pool(values.keys(), values.values())
    # Faker's tuples repeat a value to weigh it; keep the repeats.
    return Pool(values)
