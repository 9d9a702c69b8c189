"""Panels and dialogs used inside pages."""
