"""Splitting: takes a reader's Document, returns its stories and a ledger entry for every block left out."""
