"""qtreview's GitHub App: webhooks in, one ranked, deduplicated, line-anchored review out.

`bot` knows GitHub and nothing of C++; it reaches the rule engine only through `checks`.
"""
