#pragma once

#include <QString>

// The mailing case of the bench: N recipients among N demo clients and their
// contact persons, and the mailing's steps timed: the audience query, filling the
// template for every recipient, queuing the whole mailing, and sending it to
// a real SMTP server on loopback (tests/support/smtpserver.py).
class MailingBench
{
public:
    struct Figures
    {
        int clients = 0;
        int recipients = 0;
        double audienceMs = 0;
        double renderMs = 0; // the template filled for every recipient, nothing written
        double queueMs = 0;  // CampaignRepository::create: fill and queue in one transaction
        double sendMs = 0;   // OutboxSender::run to the loopback server, no pause
        int sent = 0;
        int received = 0; // .eml files the server wrote
        double peakRssMb = 0;
    };

    static bool run(int recipients, quint64 seed, Figures *figures, QString *error);
};
