// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "metrics/MetricsExport.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::db {
namespace {

QMap<QString, QString> merged(const QMap<QString, QString> &labels, const MetricsExportOptions &options)
{
    QMap<QString, QString> out = labels;
    for (auto it = options.globalLabels.cbegin(); it != options.globalLabels.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject labelsJson(const QMap<QString, QString> &labels)
{
    QJsonObject out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

template <typename Sample>
QList<const Sample *> selected(const QList<Sample> &samples, const MetricsExportOptions &options)
{
    QList<const Sample *> out;
    for (const Sample &sample : samples) {
        if (!options.prismaOnly || isPrismaMetric(sample.key))
            out.append(&sample);
    }
    std::sort(out.begin(), out.end(), [](const Sample *a, const Sample *b) { return a->key < b->key; });
    return out;
}

// Prometheus numbers: shortest round-trip form, integers without a fraction (Prisma prints 7, not 7.0).
QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString escapeLabel(const QString &value)
{
    QString out = value;
    out.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return out;
}

QString labelText(const QMap<QString, QString> &labels, const QString &le = {})
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + u"=\""_s + escapeLabel(it.value()) + u'"');
    if (!le.isNull())
        parts.append(u"le=\""_s + le + u'"'); // `le` sorts after every label Facet or Prisma uses
    return parts.isEmpty() ? QString() : u'{' + parts.join(u',') + u'}';
}

void header(QString &out, const QString &key, const QString &description, QStringView type)
{
    out += u"# HELP "_s + key + u' ' + description + u'\n';
    out += u"# TYPE "_s + key + u' ' + type + u'\n';
}

} // namespace

QJsonObject metricsToPrismaJson(const MetricsSnapshot &snapshot, const MetricsExportOptions &options)
{
    QJsonArray counters;
    for (const CounterSample *c : selected(snapshot.counters, options)) {
        counters.append(QJsonObject{{u"key"_s, c->key},
                                    {u"labels"_s, labelsJson(merged(c->labels, options))},
                                    {u"value"_s, qint64(c->value)},
                                    {u"description"_s, c->description}});
    }
    QJsonArray gauges;
    for (const GaugeSample *g : selected(snapshot.gauges, options)) {
        gauges.append(QJsonObject{{u"key"_s, g->key},
                                  {u"labels"_s, labelsJson(merged(g->labels, options))},
                                  {u"value"_s, g->value},
                                  {u"description"_s, g->description}});
    }
    QJsonArray histograms;
    for (const HistogramSample *h : selected(snapshot.histograms, options)) {
        QJsonArray buckets;
        for (const auto &[bound, count] : h->buckets)
            buckets.append(QJsonArray{bound, qint64(count)});
        histograms.append(QJsonObject{
            {u"key"_s, h->key},
            {u"labels"_s, labelsJson(merged(h->labels, options))},
            {u"value"_s, QJsonObject{{u"buckets"_s, buckets}, {u"sum"_s, h->sum}, {u"count"_s, qint64(h->count)}}},
            {u"description"_s, h->description}});
    }
    return QJsonObject{{u"counters"_s, counters}, {u"gauges"_s, gauges}, {u"histograms"_s, histograms}};
}

QString metricsToPrometheus(const MetricsSnapshot &snapshot, const MetricsExportOptions &options)
{
    QString out;
    for (const CounterSample *c : selected(snapshot.counters, options)) {
        header(out, c->key, c->description, u"counter");
        out += c->key + labelText(merged(c->labels, options)) + u' ' + QString::number(c->value) + u"\n\n"_s;
    }
    for (const GaugeSample *g : selected(snapshot.gauges, options)) {
        header(out, g->key, g->description, u"gauge");
        out += g->key + labelText(merged(g->labels, options)) + u' ' + number(g->value) + u"\n\n"_s;
    }
    for (const HistogramSample *h : selected(snapshot.histograms, options)) {
        header(out, h->key, h->description, u"histogram");
        const QMap<QString, QString> labels = merged(h->labels, options);
        quint64 cumulative = 0;
        for (const auto &[bound, count] : h->buckets) {
            cumulative += count;
            out += h->key + u"_bucket"_s + labelText(labels, number(bound)) + u' ' + QString::number(cumulative)
                + u'\n';
        }
        out += h->key + u"_bucket"_s + labelText(labels, u"+Inf"_s) + u' ' + QString::number(h->count) + u'\n';
        out += h->key + u"_sum"_s + labelText(labels) + u' ' + number(h->sum) + u'\n';
        out += h->key + u"_count"_s + labelText(labels) + u' ' + QString::number(h->count) + u"\n\n"_s;
    }
    return out;
}

} // namespace facet::db
