"""Imports every feature module that registers a demo step (keeps demo.py free of feature code)."""
