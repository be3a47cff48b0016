"""Vocabulary shared by the stages: sentence and word shape, dates, links, identifiers."""
