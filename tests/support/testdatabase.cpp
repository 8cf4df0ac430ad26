#include "testdatabase.h"

#include <stdexcept>

TestDatabase::TestDatabase()
    : m_db(std::make_unique<Database>(m_dir.filePath(QStringLiteral("test.sqlite"))))
{
    QString error;
    if (!m_db->open(Database::Mode::ReadWrite, &error))
        throw std::runtime_error(error.toStdString());
}
