// SPDX-License-Identifier: MIT
// Conformance with Prisma: `facet inspect --json` against Prisma's own parser (the prisma-kit oracle,
// ../shared/prisma-kit/schema-oracle.js) on every schema of ../shared/corpus and
// tests/data/prisma/conformance/{valid,invalid}.
//
// - A schema Prisma accepts must be accepted by Facet with the same models, fields, enums and composite
//   types, key by key (the DMMF keys listed below; Facet's extra "facet" keys are ignored).
// - A schema Prisma rejects must be rejected by Facet (exit 1) with as many errors as Prisma, each pointing
//   at the same file and line as Prisma's error in the same position.
// - Files under valid/ must be valid for Prisma and files under invalid/ invalid, so the corpus says what
//   it claims.
//
// The kit is found through PRISMA_KIT_HOME (default ~/.cache/prisma-kit; install it with
// ../shared/prisma-kit/setup.sh). Without it the test skips, except under CI=true where it fails.
// Oracle answers are cached per input hash in FACET_ORACLE_CACHE (the build tree), since every node run
// costs about 0.3 s.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList modelKeys = {u"name"_s,     u"dbName"_s,       u"schema"_s,        u"documentation"_s,
                               u"primaryKey"_s, u"uniqueFields"_s, u"uniqueIndexes"_s};
const QStringList fieldKeys = {
    u"name"_s,           u"dbName"_s,           u"type"_s,           u"kind"_s,           u"isRequired"_s,
    u"isList"_s,         u"isId"_s,             u"isUnique"_s,       u"isReadOnly"_s,     u"hasDefaultValue"_s,
    u"default"_s,        u"isUpdatedAt"_s,      u"nativeType"_s,     u"relationName"_s,   u"relationFromFields"_s,
    u"relationToFields"_s, u"relationOnDelete"_s, u"relationOnUpdate"_s, u"documentation"_s,
};
const QStringList enumKeys = {u"name"_s, u"dbName"_s, u"schema"_s, u"documentation"_s, u"values"_s};

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isNull() || v.isUndefined())
        return u"null"_s;
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return QString::number(v.toDouble());
}

// QJsonValue compares numbers as doubles, so Prisma's 2 and Facet's 2.0 are equal.
bool same(const QJsonValue &a, const QJsonValue &b)
{
    const QJsonValue x = a.isUndefined() ? QJsonValue() : a;
    const QJsonValue y = b.isUndefined() ? QJsonValue() : b;
    return x == y;
}

void compareObjects(const QString &where, const QJsonObject &facet, const QJsonObject &prisma, const QStringList &keys,
                    QStringList &differences)
{
    for (const QString &key : keys) {
        if (key == u"fields")
            continue;
        if (!same(facet.value(key), prisma.value(key)))
            differences.append(where + u'.' + key + u": facet "_s + compact(facet.value(key)) + u", prisma "_s
                               + compact(prisma.value(key)));
    }
}

void compareBlocks(const QString &kind, const QJsonArray &facet, const QJsonArray &prisma, QStringList &differences)
{
    QStringList facetNames, prismaNames;
    for (const QJsonValue &m : facet)
        facetNames.append(m[u"name"].toString());
    for (const QJsonValue &m : prisma)
        prismaNames.append(m[u"name"].toString());
    if (facetNames != prismaNames) {
        differences.append(kind + u": facet ["_s + facetNames.join(u", "_s) + u"], prisma ["_s
                           + prismaNames.join(u", "_s) + u']');
    }
    for (const QJsonValue &pm : prisma) {
        const QString name = pm[u"name"].toString();
        const qsizetype i = facetNames.indexOf(name);
        if (i < 0)
            continue;
        const QJsonObject fm = facet[i].toObject();
        const QString where = kind + u'[' + name + u']';
        if (kind == u"enums") {
            compareObjects(where, fm, pm.toObject(), enumKeys, differences);
            continue;
        }
        compareObjects(where, fm, pm.toObject(), modelKeys, differences);
        const QJsonArray ff = fm[u"fields"].toArray();
        const QJsonArray pf = pm[u"fields"].toArray();
        QStringList ffNames, pfNames;
        for (const QJsonValue &f : ff)
            ffNames.append(f[u"name"].toString());
        for (const QJsonValue &f : pf)
            pfNames.append(f[u"name"].toString());
        if (ffNames != pfNames)
            differences.append(where + u".fields: facet ["_s + ffNames.join(u", "_s) + u"], prisma ["_s
                               + pfNames.join(u", "_s) + u']');
        for (const QJsonValue &f : pf) {
            const qsizetype j = ffNames.indexOf(f[u"name"].toString());
            if (j >= 0)
                compareObjects(where + u'.' + f[u"name"].toString(), ff[j].toObject(), f.toObject(), fieldKeys,
                               differences);
        }
    }
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, arguments);
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = "timed out or failed to start: " + process.errorString().toUtf8();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// The files of a schema as the oracle reads them (a file, or every .prisma under a folder).
QStringList schemaFiles(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, {u"*.prisma"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// "file:line" of every error in Prisma's rendered layout (`error: …` then `  -->  path:line`), in order;
// warnings are skipped. Only the file name is kept: Facet and the oracle print the path differently.
QStringList errorLocations(const QString &rendered)
{
    static const QRegularExpression arrow(u"^\\s*-->\\s+(.*):(\\d+)\\s*$"_s);
    QStringList locations;
    bool inError = false;
    for (const QString &line : rendered.split(u'\n')) {
        if (line.startsWith(u"error:"))
            inError = true;
        else if (line.startsWith(u"warning:"))
            inError = false;
        const auto m = arrow.match(line);
        if (inError && m.hasMatch()) {
            locations.append(QFileInfo(m.captured(1)).fileName() + u':' + m.captured(2));
            inError = false;
        }
    }
    return locations;
}

class Conformance : public QObject
{
    Q_OBJECT

private:
    QString m_kit;
    QString m_node;
    QString m_facet;
    QString m_cache;

    QJsonObject oracle(const QString &path)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(path.toUtf8());
        for (const QString &file : schemaFiles(path)) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly)) {
                hash.addData(file.toUtf8());
                hash.addData(f.readAll());
            }
        }
        QFile script(m_kit + u"/schema-oracle.js"_s);
        if (script.open(QIODevice::ReadOnly))
            hash.addData(script.readAll());
        QFile lock(m_kit + u"/package-lock.json"_s);
        if (lock.open(QIODevice::ReadOnly))
            hash.addData(lock.readAll());
        const QString cached = m_cache + u'/' + QString::fromLatin1(hash.result().toHex()) + u".json"_s;
        if (QFile f(cached); f.open(QIODevice::ReadOnly))
            return QJsonDocument::fromJson(f.readAll()).object();
        const Run r = run(m_node, {m_kit + u"/schema-oracle.js"_s, path, u"--compact"_s});
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        if (result.isEmpty()) {
            qWarning().noquote() << "oracle failed on" << path << QString::fromUtf8(r.err);
            return result;
        }
        QDir().mkpath(m_cache);
        if (QFile f(cached); f.open(QIODevice::WriteOnly))
            f.write(r.out);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString kit = qEnvironmentVariable("PRISMA_KIT_HOME");
        if (kit.isEmpty())
            kit = QDir::homePath() + u"/.cache/prisma-kit"_s;
        const bool ci = qEnvironmentVariable("CI") == u"true";
        const bool kitReady = QFileInfo::exists(kit + u"/schema-oracle.js"_s)
            && QFileInfo::exists(kit + u"/node_modules/@prisma/prisma-schema-wasm/package.json"_s)
            && QFileInfo::exists(kit + u"/node_modules/prisma-schema-wasm-6/package.json"_s);
        m_node = QStandardPaths::findExecutable(u"node"_s);
        const QString problem = !kitReady ? u"the Prisma kit is not installed at "_s + kit
                                              + u" (run ../shared/prisma-kit/setup.sh or set PRISMA_KIT_HOME)"_s
                                : m_node.isEmpty() ? u"node is not on PATH"_s
                                                   : QString();
        if (!problem.isEmpty()) {
            if (ci)
                QFAIL(qPrintable(u"CI=true and "_s + problem));
            QSKIP(qPrintable(u"conformance with Prisma skipped: "_s + problem));
        }
        m_kit = kit;
        m_facet = qEnvironmentVariable("FACET_EXECUTABLE");
        QVERIFY2(QFileInfo(m_facet).isExecutable(), "FACET_EXECUTABLE must name the facet executable");
        m_cache = qEnvironmentVariable("FACET_ORACLE_CACHE", QDir::tempPath() + u"/facet-oracle-cache"_s);
    }

    void conformance_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect"); // "valid", "invalid" or "" (whatever Prisma says)
        auto addSchemas = [](const QString &folder, const QString &label, const QString &expect) {
            const QDir dir(folder);
            const auto entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            for (const QFileInfo &e : entries) {
                if (e.isFile() && e.suffix() != u"prisma")
                    continue;
                QTest::newRow(qPrintable(label + u'/' + e.fileName())) << e.filePath() << expect;
            }
        };
        const QString shared = qEnvironmentVariable("FACET_SHARED_DIR");
        const QString data = qEnvironmentVariable("FACET_TEST_DATA") + u"/prisma/conformance"_s;
        addSchemas(shared + u"/corpus"_s, u"corpus"_s, QString());
        addSchemas(data + u"/valid"_s, u"valid"_s, u"valid"_s);
        addSchemas(data + u"/invalid"_s, u"invalid"_s, u"invalid"_s);
    }

    void conformance()
    {
        QFETCH(QString, path);
        QFETCH(QString, expect);
        const QJsonObject prisma = oracle(path);
        QVERIFY2(!prisma.isEmpty(), "the oracle gave no answer");
        const QJsonObject validation = prisma[u"validation"].toObject();
        const bool prismaValid = validation[u"valid"].toBool();
        if (!expect.isEmpty()) {
            QVERIFY2(prismaValid == (expect == u"valid"),
                     qPrintable(u"Prisma says this schema is "_s + (prismaValid ? u"valid"_s : u"invalid"_s)
                                + u":\n"_s + validation[u"message"].toString()));
        }

        const Run facet = run(m_facet, {u"inspect"_s, u"--json"_s, u"--schema"_s, path});
        const QString facetErr = QString::fromUtf8(facet.err);
        if (!prismaValid) {
            QVERIFY2(facet.exitCode == 1, qPrintable(u"Facet accepted a schema Prisma rejects:\n"_s
                                                     + validation[u"message"].toString()));
            // Every error, in order: Prisma keeps checking after the first broken piece (parser-database
            // runs all its passes), and so does Facet.
            const QStringList prismaAt = errorLocations(validation[u"message"].toString());
            const QStringList facetAt = errorLocations(facetErr);
            QVERIFY2(!prismaAt.isEmpty(), "no location in Prisma's message");
            QVERIFY2(!facetAt.isEmpty(), qPrintable(u"no error location in Facet's output:\n"_s + facetErr));
            QVERIFY2(facetAt == prismaAt,
                     qPrintable(u"errors differ (Facet at "_s + facetAt.join(u", "_s) + u"; Prisma at "_s
                                + prismaAt.join(u", "_s) + u").\nFacet:\n"_s + facetErr + u"\nPrisma:\n"_s
                                + validation[u"message"].toString()));
            return;
        }

        QVERIFY2(facet.exitCode == 0, qPrintable(u"Facet rejected a schema Prisma accepts (exit "_s
                                                 + QString::number(facet.exitCode) + u"):\n"_s + facetErr));
        const QJsonObject ours = QJsonDocument::fromJson(facet.out).object()[u"datamodel"].toObject();
        const QJsonObject theirs = prisma[u"datamodel"].toObject();
        QStringList differences;
        compareBlocks(u"models"_s, ours[u"models"].toArray(), theirs[u"models"].toArray(), differences);
        compareBlocks(u"enums"_s, ours[u"enums"].toArray(), theirs[u"enums"].toArray(), differences);
        compareBlocks(u"types"_s, ours[u"types"].toArray(), theirs[u"types"].toArray(), differences);
        if (!differences.isEmpty()) {
            const qsizetype shown = std::min<qsizetype>(differences.size(), 40);
            QFAIL(qPrintable(QString::number(differences.size()) + u" difference(s) from Prisma:\n  "_s
                             + differences.mid(0, shown).join(u"\n  "_s)));
        }
    }
};

} // namespace

QTEST_GUILESS_MAIN(Conformance)
#include "tst_conformance.moc"
