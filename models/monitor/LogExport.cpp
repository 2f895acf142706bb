// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "LogExport.h"

#include "QueryLogModel.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace facet::monitor {

QJsonObject queryEventToJson(const db::QueryEvent &e, bool slow)
{
    QJsonObject o;
    o[u"id"_s] = qint64(e.id);
    o[u"timestamp"_s] = e.timestamp.toString(Qt::ISODateWithMs);
    o[u"query"_s] = e.sql;
    o[u"params"_s] = e.paramsText();
    o[u"duration"_s] = double(e.durationUs()) / 1000.0;
    o[u"target"_s] = u"quaint::connector::metrics"_s;
    o[u"kind"_s] = db::queryKindName(e.kind);
    o[u"origin"_s] = db::originName(e.origin);
    o[u"provider"_s] = db::providerName(e.provider);
    o[u"model"_s] = e.model;
    o[u"action"_s] = e.action;
    o[u"queueWaitMs"_s] = double(e.queueWaitUs) / 1000.0;
    o[u"executeMs"_s] = double(e.executeUs) / 1000.0;
    o[u"fetchMs"_s] = double(e.fetchUs) / 1000.0;
    o[u"rows"_s] = e.rows;
    o[u"connection"_s] = qint64(e.connectionId);
    o[u"inTransaction"_s] = e.inTransaction;
    o[u"fingerprint"_s] = e.fingerprint;
    o[u"slow"_s] = slow;
    o[u"status"_s] = e.failed ? u"failed"_s : u"ok"_s;
    if (e.failed) {
        o[u"error"_s] = e.error;
        o[u"errorCode"_s] = e.errorCode;
    }
    return o;
}

QByteArray queryLogToJsonLines(const QueryLogModel &log)
{
    QByteArray out;
    for (int r = 0; r < log.size(); ++r) {
        const db::QueryEvent &e = log.event(r);
        out += QJsonDocument(queryEventToJson(e, log.isSlow(e))).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray queryLogToCsv(const QueryLogModel &log)
{
    QStringList lines{u"timestamp,origin,model,action,queue_wait_ms,execute_ms,fetch_ms,duration_ms,rows,connection,"
                      "status,slow,fingerprint,query,params,error"_s};
    for (int r = 0; r < log.size(); ++r) {
        const db::QueryEvent &e = log.event(r);
        QStringList f{e.timestamp.toString(Qt::ISODateWithMs), db::originName(e.origin), e.model, e.action,
                      formatMs(e.queueWaitUs), formatMs(e.executeUs), formatMs(e.fetchUs), formatMs(e.durationUs()),
                      QString::number(e.rows), QString::number(e.connectionId), e.failed ? u"failed"_s : u"ok"_s,
                      log.isSlow(e) ? u"true"_s : u"false"_s, e.fingerprint, e.sql, e.paramsText(), e.error};
        for (QString &field : f)
            field = csvField(field);
        lines << f.join(u',');
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace facet::monitor
