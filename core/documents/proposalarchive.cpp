#include "proposalarchive.h"

#include "clients/attachmentrepository.h"
#include "db/database.h"
#include "db/privatefile.h"
#include "db/transaction.h"
#include "deals/money.h"
#include "interactions/interactionrepository.h"
#include "proposalbuilder.h"
#include "settings/settingsrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

bool ProposalArchive::save(const Proposal &proposal, const QByteArray &pdf, const QString &path,
                           Saved *saved, QString *error)
{
    Transaction t(m_db.connection());
    const QString name = path.isEmpty() ? proposal.suggestedFileName() : QFileInfo(path).fileName();
    Attachment file;
    if (!AttachmentRepository(m_db).addDealData(proposal.clientId, proposal.dealId, name, pdf,
                                                &file, error))
        return false;

    Interaction note;
    note.clientId = proposal.clientId;
    note.contactId = proposal.contactId;
    note.dealId = proposal.dealId;
    note.type = Interaction::Type::Note;
    note.occurredAt = QDateTime::currentDateTimeUtc();
    note.subject = tr("Commercial proposal: %1").arg(proposal.dealTitle);
    note.text = tr("Proposal No. %1 of %2 for %3, valid until %4; file %5.")
                    .arg(proposal.number, QLocale().toString(proposal.date, QLocale::ShortFormat),
                         Money::format(proposal.total, proposal.currency),
                         QLocale().toString(proposal.validUntil, QLocale::ShortFormat), name);
    if (!InteractionRepository(m_db).save(note, error))
        return false;

    // The number is taken only by a proposal that was given out.
    bool numeric = false;
    const qint64 number = proposal.number.toLongLong(&numeric);
    SettingsRepository settings(m_db);
    const qint64 next =
        settings.value(ProposalBuilder::numberSettingKey(), QStringLiteral("1")).toLongLong();
    if (numeric && number >= next &&
        !settings.setValue(ProposalBuilder::numberSettingKey(), QString::number(number + 1), error))
        return false;

    if (!path.isEmpty()) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || !PrivateFile::restrict(out) ||
            out.write(pdf) != pdf.size() || !out.commit()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, out.errorString());
            return false;
        }
    }
    if (!t.commit(error)) {
        if (!path.isEmpty())
            QFile::remove(path);
        return false;
    }
    if (saved)
        *saved = Saved{file.id, note.id};
    return true;
}
