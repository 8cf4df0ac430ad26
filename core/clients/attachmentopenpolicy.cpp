#include "attachmentopenpolicy.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace {
// Suffixes a desktop (Linux, Windows or macOS) may run rather than show.
const char *const kProgramSuffixes[] = {
    "appimage", "apk", "app",     "bash", "bat", "bin", "cmd", "com",     "command",    "cpl",
    "csh",      "deb", "desktop", "dll",  "dmg", "elf", "exe", "flatpak", "flatpakref", "fish",
    "gadget",   "hta", "inf",     "jar",  "js",  "jse", "ksh", "lnk",     "msc",        "msi",
    "msix",     "msp", "mst",     "pif",  "pkg", "pl",  "ps1", "psm1",    "py",         "pyc",
    "pyw",      "rb",  "reg",     "rpm",  "run", "scr", "sh",  "shb",     "snap",       "so",
    "url",      "vb",  "vbe",     "vbs",  "ws",  "wsf", "wsh", "xbap",    "zsh",
};

// File types that are programs, scripts or launchers (their subtypes too:
// the shared MIME database makes shell, Python, Perl... scripts executables).
const char *const kProgramTypes[] = {
    "application/x-executable",
    "application/x-sharedlib",
    "application/x-desktop",
    "application/x-ms-dos-executable",
    "application/x-msdownload",
    "application/x-msi",
    "application/x-ms-shortcut",
    "application/java-archive",
    "application/x-java-archive",
    "application/vnd.microsoft.portable-executable",
    "application/x-mach-binary",
    "application/x-shellscript",
    "application/x-bat",
    "application/vnd.appimage",
    "application/x-iso9660-appimage",
    "application/vnd.flatpak",
    "application/vnd.flatpak.ref",
    "application/vnd.debian.binary-package",
    "application/x-rpm",
};

bool isProgramType(const QMimeType &type)
{
    for (const char *name : kProgramTypes)
        if (type.inherits(QLatin1String(name)))
            return true;
    return false;
}

// The first bytes of programs and launchers, whatever the name says.
bool looksLikeProgram(const QByteArray &data)
{
    for (const QByteArray &magic : {QByteArray("\x7f"
                                               "ELF"),
                                    QByteArray("MZ"), QByteArray("#!"),
                                    QByteArray("\xfe\xed\xfa\xce"), QByteArray("\xfe\xed\xfa\xcf"),
                                    QByteArray("\xce\xfa\xed\xfe"), QByteArray("\xcf\xfa\xed\xfe")})
        if (data.startsWith(magic))
            return true;
    // A .desktop launcher, perhaps after comments and blank lines.
    static const QRegularExpression desktopEntry(QStringLiteral("^\\s*\\[Desktop Entry\\]"),
                                                 QRegularExpression::MultilineOption);
    return desktopEntry.match(QString::fromUtf8(data.left(4096))).hasMatch();
}
} // namespace

AttachmentOpenPolicy::Verdict AttachmentOpenPolicy::decide(const QString &fileName,
                                                           const QByteArray &data)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    bool program = looksLikeProgram(data);
    for (const char *s : kProgramSuffixes)
        program = program || suffix == QLatin1String(s);
    const QMimeDatabase types;
    const QMimeType byName = types.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    const QMimeType byContent = types.mimeTypeForData(data);
    program = program || isProgramType(byName) || isProgramType(byContent);
    if (!program)
        return {true, {}};
    const QMimeType shown = isProgramType(byContent) ? byContent : byName;
    const QString what = shown.isDefault() || !isProgramType(shown)
                             ? tr("a program or a script")
                             : tr("a program or a script (%1)").arg(shown.comment());
    return {false, tr("«%1» is %2. Clientele does not open such files, so that one sent by a "
                      "stranger cannot run on this computer. Save it and look at it first if "
                      "you trust it.")
                       .arg(fileName, what)};
}
