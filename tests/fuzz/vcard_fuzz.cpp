// libFuzzer target: the bytes as a vCard file. Reads all cards twice: once
// as a file would be read (encoding detected), once a few bytes per read with
// the encoding of the first pass. Sanitizers catch memory errors; the checks
// below catch a reader whose cards depend on where its reads end.

#include "io/textdecoding.h"
#include "io/vcardreader.h"
#include "trickledevice.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "vcard_fuzz: %s\n", what);
        std::abort();
    }
}

bool sameCard(const VCard &a, const VCard &b)
{
    return a.version == b.version && a.formattedName == b.formattedName &&
           a.lastName == b.lastName && a.firstName == b.firstName && a.middleName == b.middleName &&
           a.namePrefix == b.namePrefix && a.nameSuffix == b.nameSuffix &&
           a.organization == b.organization && a.department == b.department && a.title == b.title &&
           a.phones == b.phones && a.emails == b.emails && a.addresses == b.addresses &&
           a.city == b.city && a.region == b.region && a.postalCode == b.postalCode &&
           a.country == b.country && a.note == b.note && a.birthday == b.birthday &&
           a.birthdayHasYear == b.birthdayHasYear && a.categories == b.categories &&
           a.url == b.url && a.uid == b.uid && a.photo == b.photo &&
           a.photoMimeType == b.photoMimeType && a.line == b.line;
}

struct Result
{
    QString encoding;
    QList<VCard> cards;
    QString error;
};

const QString Name = QStringLiteral("fuzz.vcf");

Result readAll(QIODevice *device, const VCardReader::Options &options)
{
    VCardReader reader(device, Name, options);
    Result result;
    VCard card;
    while (reader.next(&card)) {
        check(card.line > (result.cards.isEmpty() ? 0 : result.cards.constLast().line),
              "cards start on increasing lines");
        check(!card.birthday.isValid() || card.birthdayHasYear ||
                  card.birthday.year() == VCard::NoYear,
              "a birthday without a year has the placeholder year");
        result.cards.append(card);
    }
    check(!reader.next(&card), "the end stays the end");
    check(reader.hasError() == !reader.error().isEmpty(), "hasError() agrees with error()");
    check(!reader.hasError() || reader.error().startsWith(Name + QLatin1Char(':')),
          "errors name the file");
    check(!result.cards.isEmpty() || reader.hasError(), "no cards is an error");
    result.encoding = reader.encoding();
    result.error = reader.error();
    return result;
}

void dump(const char *label, const Result &result)
{
    std::fprintf(stderr, "%s: encoding %s, %lld cards, error \"%s\"\n", label,
                 qPrintable(result.encoding), static_cast<long long>(result.cards.size()),
                 qPrintable(result.error));
    for (qsizetype i = 0; i < result.cards.size() && i < 20; ++i) {
        const VCard &card = result.cards.at(i);
        std::fprintf(stderr, "  line %lld: %s | %s %s | %s | %lld phones | note %s\n",
                     static_cast<long long>(card.line), qPrintable(card.formattedName),
                     qPrintable(card.firstName), qPrintable(card.lastName),
                     qPrintable(card.organization), static_cast<long long>(card.phones.size()),
                     qPrintable(card.note));
    }
}

quint32 hash(const uint8_t *data, size_t size)
{
    quint32 h = 2166136261u;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 16777619u;
    return h;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    QBuffer buffer;
    buffer.setData(bytes);
    const Result whole = readAll(&buffer, VCardReader::Options());
    if (whole.encoding.isEmpty() || whole.error.contains(QStringLiteral("binary data")))
        return 0; // the bytes were never decoded; the NUL check sees only the sample

    VCardReader::Options options;
    options.encoding = whole.encoding;
    const qint64 step = 4 + hash(data, size) % 60;
    TrickleDevice trickle(bytes, step);
    const Result pieces = readAll(&trickle, options);
    bool same = pieces.cards.size() == whole.cards.size() && pieces.error == whole.error;
    for (qsizetype i = 0; same && i < whole.cards.size(); ++i)
        same = sameCard(pieces.cards.at(i), whole.cards.at(i));
    if (!same) {
        dump("whole", whole);
        std::fprintf(stderr, "reads of %lld bytes:\n", static_cast<long long>(step));
        dump("pieces", pieces);
        check(false, "the same cards and error, however the reads fall");
    }
    return 0;
}
