"""Prometheus metrics on a registry owned by one app: two apps in one process never clash."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.deliveries = Counter(
            "qtreview_webhook_deliveries",
            "Webhook deliveries by event and what became of them",
            ["event", "outcome"],
            registry=r,
        )
        self.queue_depth = Gauge(
            "qtreview_queue_depth", "Reviews waiting to run (not yet started)", registry=r
        )
        self.jobs_running = Gauge("qtreview_jobs_running", "Reviews running now", registry=r)
        self.jobs_retrying = Gauge(
            "qtreview_jobs_retrying",
            "Reviews that failed on something transient, waiting to be tried again",
            registry=r,
        )
        self.jobs_reporting = Gauge(
            "qtreview_jobs_reporting",
            "Reviews given up on whose check run is being completed (tried while GitHub fails)",
            registry=r,
        )
        self.jobs_failed = Counter(
            "qtreview_jobs_failed",
            "Reviews given up on (tried as often as allowed, or failed for good), by error",
            ["error"],
            registry=r,
        )
        self.job_seconds = Histogram(
            "qtreview_job_seconds",
            "Time from a review starting to its end, by outcome",
            ["outcome"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
            registry=r,
        )
        self.github_seconds = Histogram(
            "qtreview_github_request_seconds",
            "GitHub REST calls by method and status",
            ["method", "status"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=r,
        )
        self.github_errors = Counter(
            "qtreview_github_errors",
            "GitHub REST calls that failed, by status (or 'timeout')",
            ["status"],
            registry=r,
        )
        self.rate_limit_remaining = Gauge(
            "qtreview_github_rate_limit_remaining",
            "x-ratelimit-remaining on the latest GitHub response",
            registry=r,
        )
        self.findings_posted = Counter(
            "qtreview_findings_posted",
            "Findings posted, as line comments or in a review body",
            ["where"],
            registry=r,
        )
        self.reviews_posted = Counter("qtreview_reviews_posted", "Reviews posted", registry=r)
        self.rule_errors = Counter(
            "qtreview_rule_errors",
            "Rules that raised on a file (its other rules' findings were kept), by rule",
            ["rule"],
            registry=r,
        )
