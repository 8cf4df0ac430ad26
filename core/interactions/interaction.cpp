#include "interaction.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<Interaction::Type, const char *>, 6> kNames = {{
    {Interaction::Type::CallIn, "call_in"},
    {Interaction::Type::CallOut, "call_out"},
    {Interaction::Type::Meeting, "meeting"},
    {Interaction::Type::Email, "email"},
    {Interaction::Type::Sms, "sms"},
    {Interaction::Type::Note, "note"},
}};
}

QString Interaction::typeToString(Type type)
{
    for (const auto &[t, name] : kNames)
        if (t == type)
            return QLatin1String(name);
    return {};
}

bool Interaction::typeFromString(const QString &text, Type *type)
{
    for (const auto &[t, name] : kNames) {
        if (text == QLatin1String(name)) {
            *type = t;
            return true;
        }
    }
    return false;
}
