// Planted: a statement kept in a member, made from what the caller gave.
#include <QSqlQuery>

class Finder
{
public:
    explicit Finder(const QString &text)
        : m_sql(QStringLiteral("SELECT id FROM clients WHERE notes LIKE '%") + text +
                QStringLiteral("%'"))
    {
    }
    void run(QSqlQuery &q) const { q.exec(m_sql); }

private:
    QString m_sql;
};
