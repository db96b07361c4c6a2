"""Reading an unverified body (`bot.webhooks.signed_body`) on a real loopback server: a slow
sender gets 408, a full budget 503 at once, a good signature the whole body."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

from bot.webhooks.signed_body import Refused, UnverifiedBudget, read_signed
from tests.support.github_emulator.webhooks import sign

SECRET = b"s3cret"


async def serve(budget: UnverifiedBudget, read_s: float) -> tuple[web.AppRunner, str]:
    async def handle(request: web.Request) -> web.Response:
        got = await read_signed(request, SECRET, budget, read_s=read_s)
        if isinstance(got, Refused):
            return web.json_response({"message": got.message}, status=got.status)
        return web.Response(body=got)

    app = web.Application()
    app.router.add_post("/", handle)
    runner = web.AppRunner(app, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}/"


async def slowly(body: bytes, pause_s: float) -> AsyncIterator[bytes]:
    for i in range(0, len(body), 1024):
        await asyncio.sleep(pause_s)
        yield body[i : i + 1024]


async def test_good_slow_and_crowded_senders() -> None:
    budget = UnverifiedBudget(max_bytes=64 * 1024, share=8 * 1024, pool=8 * 1024)
    runner, url = await serve(budget, read_s=0.5)
    body = b'{"zen": "' + b"x" * 20_000 + b'"}'
    signed = {"X-Hub-Signature-256": sign(body, SECRET)}
    try:
        async with aiohttp.ClientSession() as client:
            async with client.post(url, data=body, headers=signed) as r:
                assert (r.status, await r.read()) == (200, body)  # past its share: whole

            async def slow() -> int:
                async with client.post(url, data=slowly(body, 0.05), headers=signed) as r:
                    return r.status

            crawling = asyncio.create_task(slow())
            await asyncio.sleep(0.1)  # it holds the whole pool now
            async with client.post(url, data=b"{}", headers={**signed}) as r:
                assert r.status == 503
            assert await crawling == 408
            assert budget.held == 0
            async with client.post(url, data=body, headers=signed) as r:
                assert r.status == 200  # the budget was given back
    finally:
        await runner.cleanup()
