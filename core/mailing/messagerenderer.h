#pragma once

#include "messagetemplate.h"
#include "recipientdata.h"
#include "renderedmessage.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <memory>

class Database;
struct CompanyProfile;

// Fills an e-mail or SMS template for each recipient. Client data is
// HTML-escaped in the HTML part and left as typed in the subject, the plain
// text and SMS; a message with a placeholder that would come out empty (or
// one that does not exist) is not produced: `missing` lists them instead.
class MessageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MessageRenderer)

public:
    struct Placeholder
    {
        QString key;         // "contact.first_name"
        QString description; // "The contact person's first name"
    };

    MessageRenderer(const MessageTemplate &messageTemplate, const CompanyProfile &company,
                    const QLocale &locale = QLocale());
    ~MessageRenderer();

    // Empty when the template parses; else what is wrong and where.
    QString error() const;
    RenderedMessage render(const RecipientData &recipient);

    // What the editor's "Insert placeholder" menu offers.
    static QList<Placeholder> placeholders();

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};
