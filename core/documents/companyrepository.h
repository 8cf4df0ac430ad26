#pragma once

#include "companyimage.h"
#include "companyprofile.h"

#include <QCoreApplication>

class Database;

// Our company's requisites (the settings table, keys `company.*`) and its
// images for documents (company_images): they travel with the database.
class CompanyRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompanyRepository)

public:
    // Larger images would only bloat every PDF they are printed in.
    static constexpr qint64 kMaxImageSize = 5 * 1024 * 1024;

    explicit CompanyRepository(const Database &db) : m_db(db) {}

    CompanyProfile profile() const;
    // Every requisite, trimmed, in one transaction.
    bool save(const CompanyProfile &profile, QString *error = nullptr);

    // A null image when there is none.
    CompanyImage image(CompanyImage::Kind kind) const;
    // PNG, JPEG, GIF, BMP or SVG; refused when Qt cannot read it as an image.
    bool setImage(CompanyImage::Kind kind, const QByteArray &data, QString *error = nullptr);
    bool setImageFile(CompanyImage::Kind kind, const QString &path, QString *error = nullptr);
    bool removeImage(CompanyImage::Kind kind, QString *error = nullptr);

private:
    const Database &m_db;
};
