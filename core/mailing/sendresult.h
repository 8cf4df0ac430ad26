#pragma once

#include <QString>

// What a server said to one message. Temporary failures (4xx, timeouts, the
// server down) are retried later; permanent ones (5xx, a refused login or
// certificate) are not.
struct SendResult
{
    enum class Outcome
    {
        Sent,
        Temporary,
        Permanent
    };

    Outcome outcome = Outcome::Permanent;
    int code = 0;   // the server's last reply code, 0 when it never answered
    QString answer; // the server's last reply line, or why there was none

    bool sent() const { return outcome == Outcome::Sent; }
};
