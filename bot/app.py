"""The aiohttp application factory: wires settings, GitHub client, caches, engine and queue.

Everything with a lifetime (the ClientSession, the worker pool, the queue's tasks) is created on
startup and released on shutdown, so one process holds exactly one of each.
"""

from __future__ import annotations

import logging

import aiohttp
from aiohttp import web

import checks
from bot.github.auth import InstallationTokens
from bot.github.client import GitHubClient
from bot.github.identity import AppIdentity
from bot.ops.clock import Clock
from bot.ops.health import healthz, metrics_endpoint, readyz
from bot.ops.logs import register_secret
from bot.ops.metrics import Metrics
from bot.review.analysis import CachedAnalyzer
from bot.review.journal import Journal
from bot.review.pipeline import Reviewer
from bot.review.queue import JobQueue, ReviewJob, ReviewQueue
from bot.review.redis_queue import (
    RedisConfigVersions,
    RedisCooldowns,
    RedisDeliveries,
    RedisQueue,
)
from bot.review.sources import SourceStore
from bot.review.worker import ReviewWorker
from bot.settings import Settings
from bot.shared_parts import SharedParts
from bot.webhooks.receive import WebhookHandler
from bot.webhooks.router import webhook_router

log = logging.getLogger(__name__)

SERVICE: web.AppKey[Service] = web.AppKey("service")
WEBHOOK: web.AppKey[WebhookHandler] = web.AppKey("webhook")


class Service:
    """The process-wide parts, reachable from tests and benchmarks through `app[SERVICE]`."""

    def __init__(
        self,
        settings: Settings,
        metrics: Metrics,
        analyzer: checks.Analyzer | None,
        clock: Clock | None = None,
        role: str = "serve",
    ) -> None:
        self.role = role
        self.settings = settings
        self.metrics = metrics
        self.clock = clock or Clock(settings.wait_scale)
        self._own_analyzer = analyzer is None
        self.engine = analyzer if analyzer is not None else checks.Analyzer(settings.analyzer_jobs)
        self.analyzer = CachedAnalyzer(self.engine, metrics=metrics)
        self.journal: Journal | None = None
        self.queue: ReviewQueue
        if settings.redis_url is not None:
            self.queue = RedisQueue(settings.redis_url)
        else:
            if settings.state_dir is not None:
                self.journal = Journal(settings.state_dir)
            self.queue = JobQueue(
                self._run,
                concurrency=settings.concurrency,
                metrics=metrics,
                retry=settings.job_retry,
                give_up=self._give_up,
                clock=self.clock,
                journal=self.journal,
            )
        self.worker: ReviewWorker | None = None
        self.features = SharedParts(settings, self.queue)
        self.session: aiohttp.ClientSession | None = None
        self.reviewer: Reviewer | None = None

    async def _run(self, job: ReviewJob) -> str:
        assert self.reviewer is not None, "jobs run only after start()"
        return await self.reviewer.run(job)

    async def _give_up(self, job: ReviewJob, reason: str) -> None:
        assert self.reviewer is not None, "jobs run only after start()"
        await self.reviewer.give_up(job, reason)

    async def start(self) -> None:
        self.session = aiohttp.ClientSession()
        gh = GitHubClient(
            self.session,
            base_url=self.settings.github_url,
            retry=self.settings.retry,
            metrics=self.metrics,
            clock=self.clock,
        )
        self.gh = gh
        self.tokens = InstallationTokens(gh, self.settings.app_id, self.settings.private_key)
        self.store = SourceStore(gh)
        self.identity = AppIdentity(
            gh, self.settings.app_id, self.settings.private_key, override=self.settings.bot_login
        )
        self.features.start(gh, self.tokens, self.identity)
        if isinstance(self.queue, RedisQueue):
            await self.queue.open()  # the shared parts below need its connection
            self.features.configs.versions = RedisConfigVersions(self.queue)
            self.features.commands.shared_cooldowns = RedisCooldowns(self.queue)
        self.reviewer = Reviewer(
            settings=self.settings,
            gh=gh,
            tokens=self.tokens,
            identity=self.identity,
            store=self.store,
            analyzer=self.analyzer,
            metrics=self.metrics,
            latest_sha=self.queue.newest_sha,
            extras=self.features.extras,
        )
        await self.queue.open()
        if self.role == "worker":
            assert isinstance(self.queue, RedisQueue), "a worker takes its jobs from Redis"
            self.worker = ReviewWorker(
                self.queue,
                run=self._run,
                give_up=self._give_up,
                retry=self.settings.job_retry,
                metrics=self.metrics,
                clock=self.clock,
                job_timeout_s=self.settings.job_timeout_s,
                concurrency=self.settings.concurrency,
            )
            self.worker.start()
        log.info("qtreview ready", extra={"github": self.settings.github_url})

    async def stop(self) -> None:
        await self.features.stop(self.settings.shutdown_grace_s)
        if self.worker is not None:
            await self.worker.stop(self.settings.shutdown_grace_s)
        handed_back = await self.queue.stop(self.settings.shutdown_grace_s)
        if self.session is not None:
            await self.session.close()
        if self._own_analyzer:
            self.engine.close()
        if self.journal is not None:
            self.journal.close()
        log.info("qtreview stopped", extra={"handed_back": len(handed_back)})

    def ready(self) -> bool:
        return self.queue.accepting and self.session is not None and not self.session.closed


def make_app(
    settings: Settings,
    *,
    analyzer: checks.Analyzer | None = None,
    metrics: Metrics | None = None,
    clock: Clock | None = None,
    role: str = "serve",
) -> web.Application:
    """`analyzer` lets tests share one worker pool across apps; the app then does not close it.
    `clock` lets tests see (and scale) the waits the service chooses. `role` "worker" (Redis
    mode): no webhook endpoint; the process runs the reviews queued on Redis."""
    register_secret(settings.webhook_secret)
    for line in settings.private_key.splitlines():
        register_secret(line)
    metrics = metrics or Metrics()
    service = Service(settings, metrics, analyzer, clock, role)
    app = web.Application()
    app[SERVICE] = service
    handler = WebhookHandler(
        secret=settings.webhook_secret,
        router=webhook_router(service.features),
        queue=service.queue,
        metrics=metrics,
        max_bytes=settings.max_webhook_bytes,
        delivery_ttl_s=settings.delivery_ttl_s,
        deliveries=(
            RedisDeliveries(service.queue, settings.delivery_ttl_s)
            if isinstance(service.queue, RedisQueue)
            else None
        ),
    )
    app[WEBHOOK] = handler
    if role == "serve":
        app.router.add_post("/webhook", handler.handle)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz(service.ready))
    app.router.add_get("/metrics", metrics_endpoint(metrics))

    async def on_startup(_: web.Application) -> None:
        await service.start()

    async def on_shutdown(_: web.Application) -> None:
        await service.stop()

    app.on_startup.append(on_startup)
    app.on_shutdown.append(on_shutdown)
    return app
