"""Engine speed and memory against clang-tidy, on the same files in the same run.

Files: our rule fixtures and a generated corpus (deterministic seed) of Qt socket code: 50 files
of 500+ lines and 20 of about 200 lines. Figures: median per-file time (parse + rules), lines per
second, peak RSS of the analysing process; for the engine in-process (Analyzer(isolate=False))
and through the worker pool, for clang-tidy (`clang-analyzer-*,bugprone-*`) against the real Qt 6
headers. Engine times are the median of --runs runs per file; clang-tidy runs once per file.

    python bench/engine.py [--runs 3] [--files N]   # --files: limit the corpus for a quick look
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks import Analyzer, SourceFile, frontend  # noqa: E402
from checks.engine import check_file  # noqa: E402
from tests.support.real_qt import have_real_qt, real_qt_args  # noqa: E402

HEADERS = """\
#include <QtCore/QObject>
#include <QtCore/QByteArray>
#include <QtCore/QDataStream>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtNetwork/QUdpSocket>
"""

TEMPLATES = [
    """\
class {name}Reader : public QObject
{{
public:
    explicit {name}Reader(QTcpSocket *socket) : m_socket(socket)
    {{
        m_buffer.resize({size});
        connect(m_socket, &QTcpSocket::readyRead, this, &{name}Reader::onReadyRead);
    }}

    void onReadyRead()
    {{
        const qint64 available = m_socket->bytesAvailable();
        const qint64 wanted = {length};
        const qint64 got = m_socket->read(m_buffer.data(), wanted);
        if (got < 0)
            return;
        m_total += got;
        if (m_total > {limit})
            m_socket->abort();
        (void)available;
    }}

private:
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    qint64 m_total = 0;
}};
""",
    """\
class {name}Server : public QObject
{{
public:
    bool start(quint16 port)
    {{
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &{name}Server::accept);
        {listen}
    }}

    void accept()
    {{
        while (m_server->hasPendingConnections()) {{
            QTcpSocket *client = m_server->nextPendingConnection();
            client->setReadBufferSize({size});
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            m_clients.append(client);
        }}
    }}

private:
    QTcpServer *m_server = nullptr;
    QList<QTcpSocket *> m_clients;
}};
""",
    """\
class {name}Client : public QObject
{{
public:
    bool connectTo(const QString &host, quint16 port)
    {{
        m_socket.connectToHost(host, port);
        if (!m_socket.waitForConnected({timeout}))
            return false;
        QByteArray request("{name}\\n");
        m_socket.write(request);
        return m_socket.waitForBytesWritten({timeout});
    }}

    QByteArray readReply()
    {{
        QByteArray reply;
        for (int attempt = 0; attempt < {attempts}; ++attempt) {{
            if (!m_socket.waitForReadyRead({timeout}))
                break;
            reply += m_socket.read(qMin<qint64>(m_socket.bytesAvailable(), {size}));
            if (reply.endsWith('\\n'))
                break;
        }}
        return reply;
    }}

private:
    QTcpSocket m_socket;
}};
""",
    """\
class {name}Decoder : public QObject
{{
public:
    explicit {name}Decoder(QLocalSocket *socket) : m_socket(socket)
    {{
        m_stream.setDevice(m_socket);
        connect(m_socket, &QLocalSocket::readyRead, this, &{name}Decoder::onData);
    }}

    void onData()
    {{
        m_stream.startTransaction();
        quint32 length = 0;
        m_stream >> length;
        if (length > {limit}) {{
            m_stream.abortTransaction();
            m_socket->abort();
            return;
        }}
        QByteArray payload(length, Qt::Uninitialized);
        m_stream.readRawData(payload.data(), int(length));
        if (!m_stream.commitTransaction())
            return;
        m_messages.append(payload);
    }}

private:
    QLocalSocket *m_socket;
    QDataStream m_stream;
    QList<QByteArray> m_messages;
}};
""",
    """\
class {name}Datagrams : public QObject
{{
public:
    bool open(quint16 port)
    {{
        if (!m_udp.bind(QHostAddress::LocalHost, port))
            return false;
        connect(&m_udp, &QUdpSocket::readyRead, this, &{name}Datagrams::drain);
        return true;
    }}

    void drain()
    {{
        char datagram[{size}];
        while (m_udp.hasPendingDatagrams()) {{
            const qint64 size = m_udp.pendingDatagramSize();
            {udp_read}
            if (size <= 0)
                continue;
            m_count += 1;
        }}
    }}

private:
    QUdpSocket m_udp;
    int m_count = 0;
}};
""",
]


def _variant(rng: random.Random, index: int) -> str:
    name = f"{rng.choice(['Echo', 'Relay', 'Probe', 'Stats', 'Chat', 'Sync'])}{index}"
    size = rng.choice([64, 256, 1024, 4096, 65536])
    return rng.choice(TEMPLATES).format(
        name=name,
        size=size,
        limit=size * rng.choice([1, 4, 16]),
        timeout=rng.choice([1000, 3000, 5000]),
        attempts=rng.choice([3, 5, 10]),
        length=rng.choice(["available", f"qMin<qint64>(available, {size})", "m_buffer.size()"]),
        listen=rng.choice(
            [
                "return m_server->listen(QHostAddress::LocalHost, port);",
                "m_server->listen(QHostAddress::Any, port);\n        return true;",
            ]
        ),
        udp_read=rng.choice(
            [
                "m_udp.readDatagram(datagram, qMin<qint64>(size, sizeof(datagram)));",
                "m_udp.readDatagram(datagram, size);",
            ]
        ),
    )


def generate(folder: Path, count: int, min_lines: int, seed: int, prefix: str) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        parts = [f"// generated benchmark file {prefix}{n}\n", HEADERS]
        index = 0
        while sum(p.count("\n") for p in parts) < min_lines:
            parts.append("\n" + _variant(rng, index))
            index += 1
        path = folder / f"{prefix}{n:03d}.cpp"
        path.write_text("".join(parts))
        paths.append(path)
    return paths


@dataclass
class Figures:
    label: str
    per_file_ms: list[float]
    lines: int
    peak_mb: float
    cpu_ms: list[float] | None = None
    """CPU time of this process per file (libclang runs in it): less skewed by other load."""

    def line(self) -> str:
        total_s = sum(self.per_file_ms) / 1e3
        lps = self.lines / total_s if total_s else 0.0
        med = statistics.median(self.per_file_ms)
        cpu = f" (CPU {statistics.median(self.cpu_ms):6.1f})" if self.cpu_ms else f"{'':13}"
        return (
            f"{self.label:<34} median {med:8.1f} ms/file{cpu}   {lps:10.0f} lines/s   "
            + (f"peak {self.peak_mb:6.1f} MB" if self.peak_mb else f"{'':14}")
            + f"   ({len(self.per_file_ms)} files)"
        )


def _rss_mb_self() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _hwm_mb(pid: int) -> float:
    """Peak RSS of a live process (VmHWM), from /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


Timed = tuple[list[float], list[float]]
"""Per file: median wall time, median CPU time (ms)."""


def _timed(files: list[SourceFile], runs: int, one: Callable[[SourceFile], object]) -> Timed:
    wall: list[list[float]] = [[] for _ in files]
    cpu: list[list[float]] = [[] for _ in files]
    for _ in range(runs):
        for i, f in enumerate(files):
            start, start_cpu = time.perf_counter(), time.process_time()
            one(f)
            cpu[i].append((time.process_time() - start_cpu) * 1e3)
            wall[i].append((time.perf_counter() - start) * 1e3)
    return [statistics.median(t) for t in wall], [statistics.median(t) for t in cpu]


def bench_inprocess(files: list[SourceFile], runs: int) -> Timed:
    with Analyzer(isolate=False):
        check_file(files[0], {}, 1_000_000)  # first use builds the model PCH: not a file's cost
        return _timed(files, runs, lambda f: check_file(f, {}, 1_000_000))


def bench_parse_only(files: list[SourceFile], runs: int) -> Timed:
    """libclang alone (with the model PCH): the rest of a file's time is the rules in Python."""
    return _timed(files, runs, lambda f: frontend.parse(f.path, f.content.decode()))


def bench_pool(files: list[SourceFile], runs: int) -> tuple[list[float], float]:
    times: list[list[float]] = [[] for _ in files]
    with Analyzer(jobs=1, timeout_s=60) as analyzer:
        analyzer.analyze(files[:1])  # start the worker and build its PCH
        for _ in range(runs):
            for i, f in enumerate(files):
                start = time.perf_counter()
                analyzer.analyze([f])
                times[i].append((time.perf_counter() - start) * 1e3)
        # the worker processes are the analysing processes here (private attribute: bench only)
        peak = max(_hwm_mb(w.proc.pid) for w in analyzer._all)
    return [statistics.median(t) for t in times], peak


def bench_clang_tidy(paths: list[Path]) -> tuple[list[float], float]:
    exe = shutil.which("clang-tidy") or str(Path(sys.executable).parent / "clang-tidy")
    args = _real_qt_compile_args()
    times, peak = [], 0.0
    for p in paths:
        cmd = [
            exe,
            "--quiet",
            "-checks=-*,clang-analyzer-*,bugprone-*",
            str(p),
            "--",
            "-x",
            "c++",
            "-std=c++17",
            *args,
        ]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        times.append((time.perf_counter() - start) * 1e3)
        proc.returncode = 0
        peak = max(peak, usage.ru_maxrss / 1024)
    return times, peak


def _real_qt_compile_args() -> list[str]:
    """The real-Qt include paths and defines, without force-including whole Qt modules: each
    file includes what it uses, as in a real build."""
    out, skip = [], False
    for a in real_qt_args():
        if skip:
            skip = False
        elif a == "-include":
            skip = True
        else:
            out.append(a)
    return ["-nostdinc", "-nostdinc++", *out]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--files", type=int, default=50, help="corpus files of 500 lines")
    parser.add_argument("--no-clang-tidy", action="store_true")
    opts = parser.parse_args()

    fixtures = sorted((ROOT / "tests" / "fixtures" / "rules").glob("*/*.cpp"))
    with tempfile.TemporaryDirectory(prefix="qtreview-bench-") as tmp:
        big = generate(Path(tmp), opts.files, 500, seed=20240601, prefix="corpus500_")
        small = generate(Path(tmp), 20, 200, seed=20240602, prefix="corpus200_")
        sets = {"fixtures": fixtures, "corpus 500 lines": big, "corpus 200 lines": small}
        every = [p for ps in sets.values() for p in ps]
        sources = {p: SourceFile(p.name, p.read_bytes()) for p in every}
        lines = {p: sources[p].content.count(b"\n") for p in every}
        print(f"files: {len(fixtures)} fixtures, {len(big)} x 500+ lines, {len(small)} x 200 lines")
        print(f"runs per file (engine): {opts.runs}; clang-tidy: 1 run per file\n")

        inproc_wall, inproc_cpu = bench_inprocess([sources[p] for p in every], opts.runs)
        inproc = dict(zip(every, inproc_wall, strict=True))
        inproc_c = dict(zip(every, inproc_cpu, strict=True))
        inproc_peak = _rss_mb_self()
        parse_wall, parse_cpu = bench_parse_only([sources[p] for p in every], opts.runs)
        parse_only = dict(zip(every, parse_wall, strict=True))
        parse_c = dict(zip(every, parse_cpu, strict=True))
        pooled_list, pool_peak = bench_pool([sources[p] for p in every], opts.runs)
        pooled = dict(zip(every, pooled_list, strict=True))
        tidy: dict[Path, float] = {}
        tidy_peak = 0.0
        tidy_ok = not opts.no_clang_tidy and have_real_qt()
        if tidy_ok:
            tidy_list, tidy_peak = bench_clang_tidy(every)
            tidy = dict(zip(every, tidy_list, strict=True))
        elif not opts.no_clang_tidy:
            print("clang-tidy skipped: the real Qt 6 headers are missing (make system-deps)\n")

        for name, paths in sets.items():
            n = sum(lines[p] for p in paths)
            print(f"== {name}: {len(paths)} files, {n} lines")
            e = Figures(
                "engine in-process",
                [inproc[p] for p in paths],
                n,
                inproc_peak,
                [inproc_c[p] for p in paths],
            )
            w = Figures("engine via worker pool", [pooled[p] for p in paths], n, pool_peak)
            print(e.line())
            parsed = [parse_only[p] for p in paths]
            print(
                Figures(
                    "  of which libclang parse", parsed, n, 0, [parse_c[p] for p in paths]
                ).line()
            )
            print(w.line())
            if tidy_ok:
                t = Figures("clang-tidy (real Qt 6)", [tidy[p] for p in paths], n, tidy_peak)
                print(t.line())
                ratio = statistics.median(t.per_file_ms) / statistics.median(e.per_file_ms)
                ratio_w = statistics.median(t.per_file_ms) / statistics.median(w.per_file_ms)
                print(f"{'clang-tidy / engine':<34} {ratio:.0f}x in-process, {ratio_w:.0f}x pool")
            print()
        print("targets: median <= 20 ms for a 200-line file, >= 20x faster than clang-tidy,")
        print("peak < 150 MB (peak in-process includes this benchmark's own Python).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
