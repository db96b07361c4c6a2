"""Project headers given in memory resolve members, and evidence in them names the header."""

from __future__ import annotations

from checks import SourceFile, analyze

HEADER = b"""#pragma once
#include <QLocalSocket>

class Reader : public QObject
{
public:
    void onReadyRead();

private:
    QLocalSocket *socket = nullptr;
    char frame[64];
};
"""

SOURCE = b"""#include "reader.h"

void Reader::onReadyRead()
{
    socket->read(frame, socket->bytesAvailable());
}
"""


def test_member_declared_in_a_header_is_resolved_and_cited_there() -> None:
    report = analyze(
        [SourceFile("src/reader.cpp", SOURCE)],
        includes={"src/reader.h": HEADER},
        isolate=False,
    )
    hits = [f for f in report.findings if f.rule == "read-overflow"]
    assert [f.line for f in hits] == [5]
    (related,) = [r for r in hits[0].related if "declared" in r.message]
    assert related.path == "src/reader.h"
    assert related.line == 11
    assert "`frame`" in hits[0].message


def test_without_the_header_the_member_is_unknown_and_nothing_is_guessed() -> None:
    report = analyze([SourceFile("src/reader.cpp", SOURCE)], isolate=False)
    assert [f for f in report.findings if f.rule == "read-overflow"] == []
    assert report.files[0].status.value == "analyzed"
