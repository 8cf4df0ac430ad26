#include "segmentfilter.h"

std::optional<SegmentFilter> SegmentFilter::parse(const QString &text, QString *error)
{
    SegmentFilter f;
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (const QString &raw : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString term = raw.trimmed();
        if (term.isEmpty())
            continue;
        if (term == QLatin1String("open_deal")) {
            f.openDeal = true;
            continue;
        }
        const qsizetype ge = term.indexOf(QLatin1String(">="));
        const qsizetype eq = term.indexOf(QLatin1Char('='));
        if (eq < 0)
            return refuse(tr("\"%1\": a term is KEY=VALUE").arg(term));
        const QString key = term.left(ge >= 0 ? ge : eq).trimmed();
        const QString value = term.mid(eq + 1).trimmed();
        if (ge >= 0 && key != QLatin1String("no_contact_days"))
            return refuse(tr("\"%1\": only no_contact_days takes >=").arg(term));
        if (value.isEmpty())
            return refuse(tr("\"%1\": the value is empty").arg(term));
        if (key == QLatin1String("region")) {
            f.region = value;
        } else if (key == QLatin1String("city")) {
            f.city = value;
        } else if (key == QLatin1String("importance")) {
            for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString level = v.trimmed().toUpper();
                if (level != QLatin1String("A") && level != QLatin1String("B") &&
                    level != QLatin1String("C"))
                    return refuse(tr("\"%1\": importance is A, B or C").arg(term));
                f.importance << level;
            }
        } else if (key == QLatin1String("kind")) {
            if (value != QLatin1String("company") && value != QLatin1String("person"))
                return refuse(tr("\"%1\": kind is company or person").arg(term));
            f.kind = value;
        } else if (key == QLatin1String("tag")) {
            f.tag = value;
        } else if (key == QLatin1String("source")) {
            f.source = value;
        } else if (key == QLatin1String("stage")) {
            f.stage = value;
        } else if (key == QLatin1String("no_contact_days")) {
            bool ok = false;
            f.noContactDays = value.toInt(&ok);
            if (!ok || f.noContactDays <= 0)
                return refuse(tr("\"%1\": no_contact_days is a number of days").arg(term));
        } else if (key == QLatin1String("birthday")) {
            if (value != QLatin1String("this_month"))
                return refuse(tr("\"%1\": birthday takes this_month").arg(term));
            f.birthdayThisMonth = true;
        } else if (key == QLatin1String("clients")) {
            for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = v.trimmed().toLongLong(&ok);
                if (!ok || id <= 0)
                    return refuse(tr("\"%1\": clients is a list of client ids").arg(term));
                f.clientIds << id;
            }
        } else if (key == QLatin1String("recipients")) {
            if (value == QLatin1String("all"))
                f.recipients = Recipients::All;
            else if (value == QLatin1String("clients"))
                f.recipients = Recipients::Clients;
            else if (value == QLatin1String("contacts"))
                f.recipients = Recipients::Contacts;
            else
                return refuse(tr("\"%1\": recipients is all, clients or contacts").arg(term));
        } else {
            return refuse(tr("\"%1\": unknown key \"%2\"; the keys are region, city, importance, "
                             "kind, tag, source, stage, open_deal, no_contact_days, birthday, "
                             "clients, recipients")
                              .arg(term, key));
        }
    }
    return f;
}

QString SegmentFilter::toText() const
{
    QStringList terms;
    auto add = [&terms](const char *key, const QString &value) {
        if (!value.isEmpty())
            terms << QLatin1String(key) + QLatin1Char('=') + value;
    };
    add("region", region);
    add("city", city);
    add("importance", importance.join(QLatin1Char(',')));
    add("kind", kind);
    add("tag", tag);
    add("source", source);
    add("stage", stage);
    if (openDeal)
        terms << QStringLiteral("open_deal");
    if (noContactDays > 0)
        terms << QStringLiteral("no_contact_days>=%1").arg(noContactDays);
    if (birthdayThisMonth)
        terms << QStringLiteral("birthday=this_month");
    if (!clientIds.isEmpty()) {
        QStringList ids;
        for (const qint64 id : clientIds)
            ids << QString::number(id);
        terms << QStringLiteral("clients=") + ids.join(QLatin1Char(','));
    }
    if (recipients == Recipients::Clients)
        terms << QStringLiteral("recipients=clients");
    else if (recipients == Recipients::Contacts)
        terms << QStringLiteral("recipients=contacts");
    return terms.join(QStringLiteral("; "));
}
