"""POST /webhook's contract with GitHub, and the operational endpoints."""

from __future__ import annotations

import json

import pytest

import checks
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
        assert "field" in answer["message"]


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
