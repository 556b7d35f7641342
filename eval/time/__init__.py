"""Evaluation of the time stage: a hand-annotated dev set, negatives and a scorer."""
