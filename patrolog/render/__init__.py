"""Renderers: turn data from the library into text, tables, files."""
