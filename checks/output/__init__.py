"""Renderers for `qtreview check`: one module per format, each a pure `render(...) -> str`."""
