"""leietileie: from renting to owning — affordability, screening and offer letters."""

__version__ = "0.1.0"
