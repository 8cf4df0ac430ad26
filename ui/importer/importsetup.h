#pragma once

#include "io/clientimporter.h"
#include "io/columnmapping.h"
#include "io/csvreader.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the pages of the import wizard settle, one after another.
struct ImportSetup
{
    enum class Kind
    {
        Csv,
        VCard
    };

    QString path;
    Kind kind = Kind::Csv;
    CsvReader::Options csv;        // encoding and delimiter as shown in the preview
    QStringList header;            // the first row of a CSV file
    QList<QStringList> sampleRows; // the rows under it in the preview
    QList<ColumnMapping::Field> mapping;
    ClientImporter::Options options;
};
