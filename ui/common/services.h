#pragma once

class Database;
class ClientRepository;
class InteractionRepository;
class AttachmentRepository;
class AuditRepository;
class SettingsRepository;

// The core services the widgets work with, handed down through constructors.
struct Services
{
    Database &db;
    ClientRepository &clients;
    InteractionRepository &interactions;
    AttachmentRepository &attachments;
    AuditRepository &audit;
    SettingsRepository &settings;
};
