#include "funnel.h"

QString Funnel::modeToString(Mode mode)
{
    return mode == Mode::Flow ? QStringLiteral("flow") : QStringLiteral("snapshot");
}

bool Funnel::modeFromString(const QString &text, Mode *mode)
{
    if (text == QLatin1String("snapshot"))
        *mode = Mode::Snapshot;
    else if (text == QLatin1String("flow"))
        *mode = Mode::Flow;
    else
        return false;
    return true;
}
