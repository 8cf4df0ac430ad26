#pragma once

#include "clientclasses.h"

#include <QCoreApplication>

class Database;
struct ReportFilter;

// Classifies the clients who bought in a period (ABC by revenue, XYZ by
// regularity) and, on request, writes the ABC class into their importance.
class AbcReport
{
    Q_DECLARE_TR_FUNCTIONS(AbcReport)

public:
    explicit AbcReport(const Database &db) : m_db(db) {}

    std::optional<ClientClasses> run(const ReportFilter &filter,
                                     const ClientClasses::Thresholds &thresholds,
                                     QString *error = nullptr) const;
    // Every classified client's importance set to its ABC class, in one
    // transaction (the change history records each); the number changed.
    std::optional<int> applyImportance(const ClientClasses &classes,
                                       QString *error = nullptr) const;

private:
    // The names of `clients` (ids ascending) in one statement.
    bool readNames(QList<ClientClasses::Client> *clients, QString *error) const;

    const Database &m_db;
};
