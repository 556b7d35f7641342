"""Warta: Indonesian news pages in, clean articles and coded political events out."""

__version__ = "0.1.0"
