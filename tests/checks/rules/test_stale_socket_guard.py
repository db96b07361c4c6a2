"""local-server-stale-socket: a single-instance lock whose class only a project header names."""

from __future__ import annotations

from checks.engine import analyze_text

HEADER = """
#pragma once
#include <QLocalServer>
class AppLockFile {
public:
    bool tryLock();
    void unlock();
};
class AppPrivate : public QObject {
public:
    void startPrimary();
    AppLockFile *lock = nullptr;
    QLocalServer *server = nullptr;
    QString blockServerName;
};
"""

SOURCE = """
#include "app_p.h"
void AppPrivate::startPrimary()
{
    if (!lock->tryLock())
        return;
    QLocalServer::removeServer(blockServerName);
    server->listen(blockServerName);
}
"""


def _stale(text: str, headers: dict[str, str]) -> list[int]:
    findings, _ = analyze_text("src/app_p.cpp", text, headers)
    return [
        f.line for f in findings if f.rule == "local-server-stale-socket" and f.confidence >= 0.5
    ]


def test_shared_memory_member_from_the_header_guards_remove_server() -> None:
    assert _stale(SOURCE, {"src/app_p.h": HEADER}) == []


def test_without_the_lock_the_unconditional_remove_is_reported() -> None:
    unguarded = SOURCE.replace("    if (!lock->tryLock())\n        return;\n", "")
    assert _stale(unguarded, {"src/app_p.h": HEADER}) == [5]
