"""POST /webhook's contract with GitHub, and the operational endpoints."""

from __future__ import annotations

import asyncio
import json

import pytest

import checks
from bot.app import WEBHOOK
from bot.webhooks.signed_body import CHUNK
from tests.support.bot_harness import OWNER, REPO, SECRET, BotHarness
from tests.support.github_emulator.webhooks import sign

CPP = "void f(QTcpSocket *s)\n{\n    char b[8];\n    s->read(b, s->bytesAvailable());\n}\n"


def headers(body: bytes, secret: str = SECRET) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "X-GitHub-Event": "pull_request",
        "X-GitHub-Delivery": "d-1",
        "X-Hub-Signature-256": sign(body, secret),
    }


async def test_bad_or_missing_signature_is_401_and_github_is_not_called(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        pull = h.gh.add_pull(OWNER, REPO, 1, files={"a.cpp": CPP})
        body = json.dumps(h.payload("opened", 1, pull.head_sha)).encode()
        status, _ = await h.post_raw(body, headers(body, secret="not-the-secret"))
        assert status == 401
        unsigned = headers(body)
        del unsigned["X-Hub-Signature-256"]
        status, _ = await h.post_raw(body, unsigned)
        assert status == 401
        tampered = headers(body)
        status, _ = await h.post_raw(body.replace(b'"opened"', b'"closed"'), tampered)
        assert status == 401
        await h.settle()
        assert h.gh.requests == []
        assert h.gh.violations == []


async def test_malformed_json_is_400(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        for body in (b"{not json", b"[1, 2]", b"\xff\xfe"):
            status, answer = await h.post_raw(body, headers(body))
            assert status == 400, body
            assert "malformed" in answer["message"]
        assert h.gh.requests == []


async def test_payload_lacking_fields_is_400(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        body = json.dumps({"action": "opened", "installation": {"id": 1}}).encode()
        status, answer = await h.post_raw(body, headers(body))
        assert status == 400
        assert "pull_request: missing" in answer["message"]


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("pull_request", "a string", "pull_request: expected an object"),
        ("pull_request", ["a", "list"], "pull_request: expected an object, got a list"),
        ("installation", 77, "installation: expected an object, got the number 77"),
        ("head.sha", None, "pull_request.head.sha: expected a 40-character hex SHA, got null"),
    ],
)
async def test_a_payload_of_the_wrong_shape_is_400_and_its_delivery_id_survives(
    analyzer: checks.Analyzer, field: str, value: object, named: str
) -> None:
    async with BotHarness(analyzer) as h:
        pull = h.gh.add_pull(OWNER, REPO, 1, files={"a.cpp": CPP})
        good = h.payload("opened", 1, pull.head_sha)
        bad = json.loads(json.dumps(good))
        if field == "head.sha":
            bad["pull_request"]["head"]["sha"] = value
        else:
            bad[field] = value
        status, answer, sent = await h.deliver("pull_request", bad)
        assert status == 400
        assert named in answer["message"]
        await h.settle()
        assert h.gh.requests == []
        status, _, _ = await h.deliver(
            "pull_request", good, headers={"X-GitHub-Delivery": sent["X-GitHub-Delivery"]}
        )
        assert status == 202
        await h.settle()
        assert len(h.gh.reviews) == 1
        status, _, _ = await h.deliver(
            "pull_request", good, headers={"X-GitHub-Delivery": sent["X-GitHub-Delivery"]}
        )
        assert status == 200  # accepted once: now it is a duplicate
        assert h.gh.violations == []


async def test_unsigned_bodies_streaming_at_once_hold_a_bounded_total(
    analyzer: checks.Analyzer,
) -> None:
    """20 senders of 2 MiB chunked bodies with a wrong signature, at once: without the shared
    budget they would hold 20 MiB before any signature is known; with it, one share each from
    the pool and one body up to the limit. Those that find no room are answered 503 at once."""
    mib = 1024 * 1024
    async with BotHarness(analyzer, max_webhook_bytes=mib) as h:
        budget = h.app[WEBHOOK].budget

        async def chunks() -> object:
            for _ in range(32):
                yield b" " * (64 * 1024)

        async def send() -> int:
            wrong = {**headers(b""), "X-Hub-Signature-256": "sha256=" + "0" * 64}
            async with h.client.post(f"{h.url}/webhook", data=chunks(), headers=wrong) as r:
                return r.status

        statuses = await asyncio.gather(*(send() for _ in range(20)))
        assert set(statuses) <= {413, 503}, statuses
        assert 413 in statuses
        assert budget.held == 0
        pool = 4 * mib
        assert 0 < budget.peak <= pool + 20 * CHUNK + mib
        signed = json.dumps({"zen": "x", "hook_id": 1}).encode()
        status, _ = await h.post_raw(signed, {**headers(signed), "X-GitHub-Event": "ping"})
        assert status == 200
        assert h.gh.requests == []


async def test_a_signed_body_past_its_share_is_read_whole(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        pull = h.gh.add_pull(OWNER, REPO, 1, files={"a.cpp": CPP})
        payload = h.payload("opened", 1, pull.head_sha)
        payload["pull_request"]["body"] = "x" * (3 * 1024 * 1024)  # a long PR description
        status, _, _ = await h.deliver("pull_request", payload)
        assert status == 202
        await h.settle()
        assert len(h.gh.reviews) == 1
        assert h.app[WEBHOOK].budget.held == 0


async def test_over_25_mib_is_413(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        big = b"{" + b" " * (25 * 1024 * 1024) + b"}"
        status, _ = await h.post_raw(big, headers(big))
        assert status == 413

        async def chunks() -> object:  # no Content-Length: the limit applies while reading
            for _ in range(26):
                yield b" " * (1024 * 1024)

        async with h.client.post(
            f"{h.url}/webhook", data=chunks(), headers=headers(b"")
        ) as response:
            assert response.status == 413
        assert h.gh.requests == []


async def test_ping_and_unrelated_events_are_acknowledged(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        from tests.support.github_emulator.webhooks import load_payload

        status, _, _ = await h.deliver("ping", load_payload("ping"))
        assert status == 200
        status, _, _ = await h.deliver("push", load_payload("push"))
        assert status == 200
        assert h.gh.requests == []


async def test_health_readiness_and_metrics(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        pull = h.gh.add_pull(OWNER, REPO, 1, files={"a.cpp": CPP})
        await h.deliver("pull_request", h.payload("opened", 1, pull.head_sha))
        await h.post_raw(b"{}", headers(b"{}", secret="wrong"))
        await h.settle()
        async with h.client.get(f"{h.url}/healthz") as r:
            assert r.status == 200
        async with h.client.get(f"{h.url}/readyz") as r:
            assert r.status == 200
        async with h.client.get(f"{h.url}/metrics") as r:
            assert r.status == 200
            text = await r.text()
        assert (
            'qtreview_webhook_deliveries_total{event="pull_request",outcome="queued"} 1.0' in text
        )
        assert 'outcome="bad-signature"} 1.0' in text
        for name in (
            "qtreview_queue_depth",
            "qtreview_job_seconds_bucket",
            "qtreview_github_request_seconds_bucket",
            "qtreview_github_rate_limit_remaining",
            "qtreview_findings_posted_total",
            "qtreview_github_errors_total",
        ):
            assert name in text
        assert h.gh.violations == []


async def test_logs_are_json_with_the_delivery_and_no_secrets(
    analyzer: checks.Analyzer, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.ops import logs

    logs.configure("INFO")
    async with BotHarness(analyzer) as h:
        pull = h.gh.add_pull(OWNER, REPO, 1, files={"a.cpp": CPP})
        _, _, sent = await h.deliver("pull_request", h.payload("opened", 1, pull.head_sha))
        await h.settle()
        tokens = list(h.gh.tokens)
    err = capsys.readouterr().err
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    assert any(line.get("delivery") == sent["X-GitHub-Delivery"] for line in lines)
    assert SECRET not in err
    assert "PRIVATE KEY" not in err
    assert tokens
    assert not any(t in err for t in tokens)
