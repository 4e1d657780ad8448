"""Pure domain logic: no Qt, no SQL, no files.

Money, tax, living costs, loans, betjeningsevne, financing plans, rent-to-own plans,
verdicts and identity numbers, as scalar functions for one household and vectorised
functions (NumPy) for a whole register.
"""
