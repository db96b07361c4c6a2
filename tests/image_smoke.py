"""`make image-test`: the built image runs, inside itself (buildah run, chroot isolation).

    python -m tests.image_smoke IMAGE BASE_IMAGE

1. `qtreview check` on an example prints its findings (exit 1: findings).
2. The image runs as uid 10001 with `QTREVIEW_STATE_DIR` a volume it owns, and a HEALTHCHECK.
3. The build host's certificate store and pip configuration, mounted into the build, left no
   content in the image (the CA bundle is the base image's; pip config mount points are empty).
4. `qtreview serve` (host network, loopback only) answers /healthz and /readyz, accepts a signed
   webhook from the GitHub emulator and posts the review; SIGTERM stops it cleanly.
5. Killed (SIGKILL) with a review under way, a new container on the same state volume posts
   that review once and leaves no check run in_progress.
6. With QTREVIEW_REDIS_URL (a real redis-server on loopback), `serve` in one container only
   enqueues, and `qtreview worker` in another, started after, posts the review.

Each step is bounded in time. The last line is `image-smoke: N passed, N failed`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import aiohttp

from tests.support.github_emulator import GitHubEmulator, generate_keypair
from tests.support.github_emulator.webhooks import adapt, delivery, load_payload
from tests.support.redis_server import redis_server

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "localsocket_echo_bench.cpp"
APP_ID, INSTALLATION, OWNER, REPO = 4242, 77, "acme", "net"
SECRET = "image-smoke-webhook-secret"
APP_UID = 10001
STATE_DIR = "/var/lib/qtreview"  # the image's QTREVIEW_STATE_DIR volume
BOOT_S, REVIEW_S, STOP_S = 60.0, 120.0, 40.0
QUEUED_S = 3.0  # how long serve alone, in the Redis mode, must leave a queued review alone
# Where build.sh mounts the host's pip configuration: must hold nothing of the host's in the image.
PIP_MOUNT_POINTS = ("etc/pip.conf", "etc/xdg/pip", "root/.config/pip")
CA_BUNDLE = "etc/ssl/certs/ca-certificates.crt"


class Failed(AssertionError):
    """A smoke step's precise reason."""


def buildah(*args: str, timeout: float = 120.0) -> str:
    done = subprocess.run(
        ["buildah", *args], capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise Failed(f"buildah {' '.join(args)}: exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout.strip()


@contextlib.contextmanager
def container(image: str) -> Iterator[str]:
    ctr = buildah("from", "--quiet", "--pull-never", image)
    try:
        yield ctr
    finally:
        buildah("rm", ctr)


@contextlib.contextmanager
def mounted(image: str) -> Iterator[Path]:
    with container(image) as ctr:
        root = Path(buildah("mount", ctr))
        try:
            yield root
        finally:
            buildah("umount", ctr)


def run_args(
    ctr: str, *command: str, volumes: tuple[str, ...] = (), env: dict[str, str] | None = None
) -> list[str]:
    """`buildah run` in the container: chroot isolation, the host's (loopback) network."""
    args = ["buildah", "run", "--isolation", "chroot", "--network", "host"]
    for k, v in (env or {}).items():
        args += ["--env", f"{k}={v}"]
    for v in volumes:
        args += ["--volume", v]
    return [*args, ctr, "--", *command]


def run_in(ctr: str, *command: str, volumes: tuple[str, ...] = ()) -> tuple[int, str, str]:
    done = subprocess.run(
        run_args(ctr, *command, volumes=volumes),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def check_prints_findings(image: str) -> str:
    with container(image) as ctr:
        code, out, err = run_in(
            ctr,
            "qtreview",
            "check",
            f"/examples/{EXAMPLE}",
            volumes=(f"{ROOT / 'examples'}:/examples:ro",),
        )
    if code != 1 or "read-overflow" not in out or " findings (" not in out:
        raise Failed(f"qtreview check: exit {code}, expected 1 with findings\n{out}\n{err}")
    summary = out.strip().splitlines()[-1]
    return summary


def host_config_not_baked(image: str, base: str) -> str:
    with mounted(image) as root, mounted(base) as base_root:
        for rel in PIP_MOUNT_POINTS:
            top = root / rel
            for path in [top, *top.rglob("*")] if top.is_dir() else [top]:
                if path.is_file() and path.stat().st_size:
                    raise Failed(f"{path.relative_to(root)} in the image has content")
        ours, theirs = root / CA_BUNDLE, base_root / CA_BUNDLE
        if ours.read_bytes() != theirs.read_bytes():
            raise Failed(f"/{CA_BUNDLE} differs from the base image's: the host's store leaked")
    return f"pip config mount points empty, /{CA_BUNDLE} is the base image's"


def service_pid(ancestor: int) -> int:
    """The `qtreview` process below `buildah run` (chroot isolation shares our PID view)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
    for pid in sorted(parents):
        up = pid
        while up in parents and up != ancestor:
            up = parents[up]
        cmdline = Path(f"/proc/{pid}/cmdline")
        with contextlib.suppress(OSError):
            argv = cmdline.read_bytes()
            if up == ancestor and b"qtreview\0" in argv and not argv.startswith(b"buildah"):
                return pid
    raise Failed(f"no qtreview process below buildah run ({ancestor})")


def runs_as_user_with_state_volume(image: str) -> str:
    """The Docker-format config keeps USER, the state VOLUME and the HEALTHCHECK."""
    config: dict[str, Any] = json.loads(buildah("inspect", "--type", "image", image))["Docker"][
        "config"
    ]
    env = dict(e.split("=", 1) for e in config["Env"])
    if config["User"] != f"{APP_UID}:{APP_UID}":
        raise Failed(f"the image runs as {config['User']!r}, not {APP_UID}")
    if env.get("QTREVIEW_STATE_DIR") != STATE_DIR or STATE_DIR not in config["Volumes"]:
        raise Failed(f"QTREVIEW_STATE_DIR {env.get('QTREVIEW_STATE_DIR')!r} is not the volume")
    if "/healthz" not in " ".join(config.get("Healthcheck", {}).get("Test", [])):
        raise Failed(f"no HEALTHCHECK on /healthz: {config.get('Healthcheck')}")
    with mounted(image) as root:
        st = (root / STATE_DIR.lstrip("/")).stat()
    if (st.st_uid, st.st_gid, st.st_mode & 0o777) != (APP_UID, APP_UID, 0o700):
        raise Failed(f"{STATE_DIR}: uid {st.st_uid} gid {st.st_gid} mode {st.st_mode & 0o777:o}")
    return f"user {APP_UID}, {STATE_DIR} a volume it owns (0700), HEALTHCHECK on /healthz"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def poll(what: str, limit_s: float, probe: Callable[[], Awaitable[bool]]) -> float:
    start = time.monotonic()
    while time.monotonic() - start < limit_s:
        if await probe():
            return time.monotonic() - start
        await asyncio.sleep(0.25)
    raise Failed(f"{what}: not within {limit_s:.0f} s")


class ServeRig:
    """The GitHub emulator with one App, installation and pull request, the App's key in a
    read-only secrets directory, and a state directory standing in for the image's volume;
    `serve()` runs `qtreview serve` in a fresh container of the image against them."""

    def __init__(self, image: str) -> None:
        self.image = image
        self.keys = generate_keypair()
        self.gh = GitHubEmulator()
        self.secrets, self.state = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
        self.head_sha = ""

    async def __aenter__(self) -> ServeRig:
        (self.secrets / "app.pem").write_bytes(self.keys.private_pem)
        os.chmod(self.secrets / "app.pem", 0o400)
        for path in (self.secrets, self.secrets / "app.pem", self.state):
            os.chown(path, APP_UID, APP_UID)
        await self.gh.start()
        self.gh.register_app(APP_ID, "qtreview", self.keys.public_pem)
        self.gh.add_installation(INSTALLATION, OWNER)
        self.gh.add_repo(OWNER, REPO, INSTALLATION)
        source = (ROOT / "examples" / EXAMPLE).read_text(encoding="utf-8")
        self.head_sha = self.gh.add_pull(OWNER, REPO, 1, files={f"src/{EXAMPLE}": source}).head_sha
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.gh.close()
        shutil.rmtree(self.secrets, ignore_errors=True)
        shutil.rmtree(self.state, ignore_errors=True)

    def webhook(self) -> tuple[dict[str, str], bytes]:
        payload = adapt(
            load_payload("pull_request.opened"),
            owner=OWNER,
            repo=REPO,
            number=1,
            head_sha=self.head_sha,
            installation_id=INSTALLATION,
            action="opened",
        )
        return delivery("pull_request", payload, SECRET)

    @contextlib.asynccontextmanager
    async def serve(
        self, command: str = "serve", redis_url: str | None = None
    ) -> AsyncIterator[Serving]:
        """`qtreview COMMAND` in a fresh container; with `redis_url`, in the Redis mode."""
        port = free_port()
        env = {
            "GITHUB_APP_ID": str(APP_ID),
            "GITHUB_PRIVATE_KEY_PATH": "/run/qtreview/app.pem",
            "GITHUB_WEBHOOK_SECRET": SECRET,
            "QTREVIEW_GITHUB_URL": self.gh.url,
            "QTREVIEW_BOT_LOGIN": self.gh.bot_login,
            "QTREVIEW_HOST": "127.0.0.1",
            "QTREVIEW_PORT": str(port),
            **({"QTREVIEW_REDIS_URL": redis_url} if redis_url else {}),
        }
        volumes = (f"{self.state}:{STATE_DIR}", f"{self.secrets}:/run/qtreview:ro")
        with container(self.image) as ctr, tempfile.TemporaryFile() as log:
            # With more than one --volume, buildah 1.28's run sometimes binds the one meant for an
            # image VOLUME elsewhere (the service then writes where nobody looks): this throwaway
            # container drops the declaration (the image keeps it, checked above) and binds the
            # state directory at its path, as Docker or Kubernetes mount a volume there.
            buildah("config", "--volume", f"{STATE_DIR}-", ctr)
            args = run_args(ctr, "qtreview", command, volumes=volumes, env=env)
            proc = await asyncio.create_subprocess_exec(*args, stdout=log, stderr=log)
            timeout = aiohttp.ClientTimeout(total=10)
            try:
                async with aiohttp.ClientSession(timeout=timeout) as http:
                    serving = Serving(proc, f"http://127.0.0.1:{port}", http)
                    serving.boot_s = await poll("/healthz", BOOT_S, serving.answers("/healthz"))
                    await poll("/readyz", BOOT_S, serving.answers("/readyz"))
                    yield serving
            except Failed as e:
                log.seek(0)
                tail = log.read().decode(errors="replace")[-4000:]
                raise Failed(f"{e}\n--- qtreview {command} log ---\n{tail}") from None
            finally:
                if proc.returncode is None:
                    proc.kill()
                    await proc.wait()


class Serving:
    """One running `qtreview serve` (inside `buildah run`) and an HTTP client for it."""

    def __init__(
        self, proc: asyncio.subprocess.Process, url: str, http: aiohttp.ClientSession
    ) -> None:
        self.proc, self.url, self.http = proc, url, http
        self.boot_s = 0.0

    def alive(self) -> None:
        if self.proc.returncode is not None:
            raise Failed(f"qtreview serve exited with {self.proc.returncode}")

    def answers(self, path: str) -> Callable[[], Awaitable[bool]]:
        async def probe() -> bool:
            self.alive()
            try:
                async with self.http.get(self.url + path) as r:
                    return r.status == 200
            except aiohttp.ClientError:
                return False

        return probe

    async def post(self, headers: dict[str, str], body: bytes) -> int:
        async with self.http.post(self.url + "/webhook", data=body, headers=headers) as r:
            return r.status

    async def stop(self, sig: signal.Signals) -> int:
        """Signal the service itself: buildah run does not forward SIGTERM (it kills the
        container), while a container runtime's stop signals the container's process."""
        os.kill(service_pid(self.proc.pid), sig)
        try:
            async with asyncio.timeout(STOP_S):
                return await self.proc.wait()
        except TimeoutError:
            raise Failed(f"{sig.name}: still running after {STOP_S:.0f} s") from None


def reviewed(gh: GitHubEmulator, serving: Serving) -> Callable[[], Awaitable[bool]]:
    async def probe() -> bool:
        serving.alive()
        return bool(gh.reviews) and all(c.status == "completed" for c in gh.check_runs)

    return probe


async def serve_reviews(image: str) -> str:
    async with ServeRig(image) as rig, rig.serve() as serving:
        gh = rig.gh
        headers, body = rig.webhook()
        if (status := await serving.post(headers, body)) != 202:
            raise Failed(f"signed webhook: HTTP {status}")
        bad = dict(headers, **{"X-Hub-Signature-256": "sha256=" + "0" * 64})
        if (status := await serving.post(bad, body)) != 401:
            raise Failed(f"badly signed webhook: HTTP {status}, expected 401")
        took = await poll("the review", REVIEW_S, reviewed(gh, serving))
        comments = [c for c in gh.review_comments if c.review_id == gh.reviews[0].id]
        if not any("read-overflow" in c.body for c in comments):
            raise Failed(f"no read-overflow comment: {[c.body[:80] for c in comments]}")
        if gh.violations:
            raise Failed(f"GitHub API violations: {gh.violations}")
        if (code := await serving.stop(signal.SIGTERM)) != 0:
            raise Failed(f"SIGTERM: exit {code}")
        return (
            f"healthy {serving.boot_s:.1f} s after start; review with {len(comments)} line "
            f"comment(s) {took:.1f} s after the webhook; bad signature refused; SIGTERM exit 0"
        )


async def resumes_from_the_state_volume(image: str) -> str:
    """SIGKILL while a review is under way (check run started, file listing held back), then a
    new container on the same state directory: the acknowledged review is posted, once, and no
    check run stays in_progress."""
    async with ServeRig(image) as rig:
        gh = rig.gh
        gh.delay(r"/pulls/\d+/files$", REVIEW_S, times=None)
        async with rig.serve() as first:
            headers, body = rig.webhook()
            if (status := await first.post(headers, body)) != 202:
                raise Failed(f"signed webhook: HTTP {status}")

            async def under_way() -> bool:
                first.alive()
                return bool(gh.check_runs)

            await poll("the check run", REVIEW_S, under_way)
            code = await first.stop(signal.SIGKILL)
        gh.clear_switches()
        journal = [p for p in rig.state.iterdir() if p.stat().st_uid == APP_UID]
        if not journal:
            raise Failed(f"nothing written by uid {APP_UID} in the state volume")
        async with rig.serve() as second:
            took = await poll("the resumed review", REVIEW_S, reviewed(gh, second))
            await second.stop(signal.SIGTERM)
        if len(gh.reviews) != 1:
            raise Failed(f"{len(gh.reviews)} reviews after the restart, expected 1")
        return (
            f"SIGKILL (exit {code}) with the review under way; {sorted(p.name for p in journal)} "
            f"in the volume; after a restart on it, one review in {took:.1f} s, "
            f"{len(gh.check_runs)} check run(s) all completed"
        )


async def serve_and_worker_on_redis(image: str) -> str:
    """The Redis mode from the image: `serve` only enqueues, `qtreview worker` (another
    container) reviews; a real redis-server on loopback."""
    with tempfile.TemporaryDirectory() as work, redis_server(Path(work)) as url:
        async with ServeRig(image) as rig, rig.serve("serve", url) as serve:
            headers, body = rig.webhook()
            if (status := await serve.post(headers, body)) != 202:
                raise Failed(f"signed webhook: HTTP {status}")
            await asyncio.sleep(QUEUED_S)
            if rig.gh.reviews or rig.gh.check_runs:
                raise Failed("serve reviewed in the Redis mode: only a worker should")
            async with rig.serve("worker", url) as worker:
                took = await poll("the review by the worker", REVIEW_S, reviewed(rig.gh, worker))
                codes = [await serve.stop(signal.SIGTERM), await worker.stop(signal.SIGTERM)]
            if len(rig.gh.reviews) != 1 or codes != [0, 0]:
                raise Failed(f"{len(rig.gh.reviews)} reviews, SIGTERM exits {codes}")
    return (
        f"serve queued (no review in {QUEUED_S:.0f} s); the worker, started then, reviewed in "
        f"{took:.1f} s; SIGTERM exit 0 for both"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    image, base = argv
    steps: list[tuple[str, Callable[[], str]]] = [
        ("qtreview check", lambda: check_prints_findings(image)),
        ("user and state volume", lambda: runs_as_user_with_state_volume(image)),
        ("host config not baked", lambda: host_config_not_baked(image, base)),
        ("qtreview serve", lambda: asyncio.run(serve_reviews(image))),
        ("restart on the state volume", lambda: asyncio.run(resumes_from_the_state_volume(image))),
        ("serve and worker on Redis", lambda: asyncio.run(serve_and_worker_on_redis(image))),
    ]
    passed = failed = 0
    for name, step in steps:
        start = time.perf_counter()
        try:
            detail = step()
        except (Failed, subprocess.TimeoutExpired, OSError) as e:
            failed += 1
            print(f"FAIL {name} ({time.perf_counter() - start:.1f} s): {e}")
        else:
            passed += 1
            print(f"ok   {name} ({time.perf_counter() - start:.1f} s): {detail}")
    print(f"image-smoke: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
