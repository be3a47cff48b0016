"""Figures: takes story text, returns the figures it prints and their reconciliation across a cluster."""
