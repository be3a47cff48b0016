"""Rendering: takes a Digest (models only), returns Markdown or digest.v1 JSON text."""
