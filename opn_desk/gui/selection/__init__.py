"""The Selection area: the pool of candidates, the proposed slate, its balance, rules and scenarios."""
