#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Whether a stored file may be handed to the desktop to open. A program or a
// script never is: the desktop might run it, and a file a stranger sent must
// not run because someone double-clicked it in the CRM. It is offered for
// saving instead. Judged by the name (its last suffix: "invoice.pdf.exe" is
// an .exe), by the file type the name and the first bytes give, and by the
// bytes themselves (ELF, MZ, Mach-O, a #! line, a [Desktop Entry]), so that
// a renamed program is caught as well.
class AttachmentOpenPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentOpenPolicy)

public:
    struct Verdict
    {
        bool open = false;
        QString reason; // why not, for the person who asked to open it
    };

    // `data` is the file, or at least its first few kilobytes.
    static Verdict decide(const QString &fileName, const QByteArray &data);
};
