#pragma once

#include <QIODevice>
#include <QString>

class ClientRepository;

// Writes every client (not archived ones) as CSV or as a JSON array.
class ClientExporter
{
public:
    enum class Format
    {
        Csv,
        Json
    };

    explicit ClientExporter(const ClientRepository &clients) : m_clients(clients) {}
    bool write(Format format, QIODevice *out, QString *error = nullptr) const;

private:
    const ClientRepository &m_clients;
};
