#pragma once

#include <QIODevice>
#include <QStringList>

// RFC 4180 CSV out: UTF-8, comma, CRLF, fields quoted when they need it.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device) : m_device(device) {}
    bool writeRow(const QStringList &fields);

private:
    QIODevice *m_device;
};
