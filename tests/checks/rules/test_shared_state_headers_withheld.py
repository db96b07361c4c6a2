"""shared-connection-state when the server's header is not given: the block-size member is a
recovered name of unknown type, taken for the message length from how the handler uses it."""

from __future__ import annotations

from checks.engine import analyze_text

HEADER = """
#pragma once
#include <QDataStream>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
class RoomServer : public QTcpServer {
protected:
    void incomingConnection(qintptr descriptor) override;
private:
    void onReadyRead();
    QList<QTcpSocket *> clients;
    quint16 blockSize = 0;
};
"""

SOURCE = """
#include "roomserver.h"
void RoomServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *client = new QTcpSocket(this);
    if (!client->setSocketDescriptor(descriptor))
        return;
    connect(client, &QTcpSocket::readyRead, this, &RoomServer::onReadyRead);
    clients.append(client);
}

void RoomServer::onReadyRead()
{
    QTcpSocket *client = qobject_cast<QTcpSocket *>(sender());
    QDataStream in(client);
    if (blockSize == 0) {
        if (client->bytesAvailable() < 2)
            return;
        in >> blockSize;
    }
    if (client->bytesAvailable() < blockSize)
        return;
    QString text;
    in >> text;
    blockSize = 0;
}
"""


def _shared(headers: dict[str, str], source: str = SOURCE) -> list[tuple[int, float, str]]:
    findings, _ = analyze_text("src/roomserver.cpp", source, headers)
    return [
        (f.line, f.confidence, f.message) for f in findings if f.rule == "shared-connection-state"
    ]


def test_with_the_header_the_member_is_an_integer() -> None:
    [(line, confidence, message)] = _shared({"src/roomserver.h": HEADER})
    assert (line, confidence) == (19, 0.8)
    assert "No header given declares" not in message


def test_without_the_header_the_use_shows_the_length() -> None:
    [(line, confidence, message)] = _shared({})
    assert (line, confidence) == (19, 0.65)
    assert "No header given declares `blockSize`" in message


def test_without_the_header_a_member_only_streamed_stays_silent() -> None:
    # read with `>>` but never compared with bytesAvailable(): not known to be a length
    source = SOURCE.replace("if (client->bytesAvailable() < blockSize)\n        return;\n", "")
    assert _shared({}, source) == []
