// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"
#include "qtsql/QtSqlConnection.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace facet::db {

enum class UrlProvider { PostgreSql, MySql, Sqlite };

/// Why a connection string was refused. `part` names what is wrong ("scheme", "host", "port", "user",
/// "password", "database", "path", or a query parameter by name) and `position` is the offset of that part in
/// the input (-1 when none applies). Messages never contain the password or sslpassword.
struct UrlError {
    QString message;
    QString part;
    qsizetype position = -1;

    /// P1013, Prisma's "The provided database string is invalid", with this message as the detail.
    [[nodiscard]] DbError toDbError() const;
};

/// A query parameter as written (decoded), in input order.
struct UrlParameter {
    QString name;
    QString value;
};

/// A parsed Prisma database URL (prisma-facts.md §7, the Rust engine's quaint rules, which Migrate still uses):
///  - PostgreSQL: `postgresql://` or `postgres://user:pass@host:port/db?params`; host may be empty or `[::1]`;
///    `?host=/dir` connects through the Unix socket in that folder.
///  - MySQL/MariaDB: `mysql://user:pass@host:port/db?params`; `?socket=/path` (parentheses stripped).
///  - SQLite: `file:path` or `sqlite:path`, relative paths resolved against the schema file's folder.
/// Credentials and the database name are percent-decoded; query values are form-decoded ('+' is a space).
/// Parameters Prisma does not know are kept and reported in warnings(), never an error (Prisma ignores them).
class ConnectionUrl final {
public:
    /// baseFolder: where a relative SQLite path is resolved (the folder of schema.prisma); the current
    /// folder when empty.
    [[nodiscard]] static std::expected<ConnectionUrl, UrlError> parse(const QString &url,
                                                                      const QString &baseFolder = {});

    [[nodiscard]] UrlProvider provider() const { return m_provider; }
    [[nodiscard]] QString scheme() const { return m_scheme; }
    [[nodiscard]] QString user() const { return m_user; }
    [[nodiscard]] QString password() const { return m_password; }
    /// Host without IPv6 brackets; empty when the URL had none (a socket folder or the default applies).
    [[nodiscard]] QString host() const { return m_host; }
    /// The port in the URL, or the provider's default (5432, 3306); 0 for SQLite.
    [[nodiscard]] int port() const;
    [[nodiscard]] bool hasExplicitPort() const { return m_port > 0; }
    /// Database name (default `postgres` / `mysql`); for SQLite the absolute, cleaned file path.
    [[nodiscard]] QString database() const;
    /// PostgreSQL `host=` folder or MySQL `socket=` path; empty when connecting over TCP.
    [[nodiscard]] QString socketPath() const { return m_socket; }

    /// PostgreSQL schema (search_path), default "public".
    [[nodiscard]] QString schema() const { return m_schema.isEmpty() ? QStringLiteral("public") : m_schema; }
    [[nodiscard]] std::optional<int> connectionLimit() const { return m_connectionLimit; }
    /// connection_limit, or Prisma's default physicalCpuCount() * 2 + 1.
    [[nodiscard]] int effectiveConnectionLimit() const;
    /// Seconds; 0 means wait forever. Defaults: pool 10, connect 5 (Prisma's).
    [[nodiscard]] int poolTimeoutSeconds() const { return m_poolTimeout.value_or(10); }
    [[nodiscard]] int connectTimeoutSeconds() const { return m_connectTimeout.value_or(5); }
    /// No default: std::nullopt means no socket timeout.
    [[nodiscard]] std::optional<int> socketTimeoutSeconds() const { return m_socketTimeout; }
    [[nodiscard]] std::optional<int> maxConnectionLifetimeSeconds() const { return m_maxLifetime; }
    [[nodiscard]] int maxIdleConnectionLifetimeSeconds() const { return m_maxIdleLifetime.value_or(300); }
    /// libpq's sslmode value: disable, allow, prefer (default), require, verify-ca, verify-full.
    [[nodiscard]] QString sslMode() const { return m_sslMode.isEmpty() ? QStringLiteral("prefer") : m_sslMode; }
    /// Prisma's sslcert: the CA certificate file (resolved like SQLite paths).
    [[nodiscard]] QString sslCertificate() const { return m_sslCert; }
    [[nodiscard]] QString sslIdentity() const { return m_sslIdentity; }
    [[nodiscard]] QString sslPassword() const { return m_sslPassword; }
    /// True for sslaccept=strict: verify the server certificate and host name. Prisma's default is to
    /// accept invalid certificates.
    [[nodiscard]] bool sslStrict() const { return m_sslStrict; }
    [[nodiscard]] bool pgBouncer() const { return m_pgBouncer; }
    [[nodiscard]] int statementCacheSize() const { return m_statementCacheSize.value_or(100); }
    [[nodiscard]] QString applicationName() const { return m_applicationName; }
    [[nodiscard]] QString options() const { return m_options; }
    [[nodiscard]] QString channelBinding() const { return m_channelBinding; }
    [[nodiscard]] bool preferSocket() const { return m_preferSocket; }

    /// Every parameter as written, decoded, in order (sslpassword included: callers must not print these).
    [[nodiscard]] const QList<UrlParameter> &parameters() const { return m_parameters; }
    /// Parameters Prisma ignores for this provider, and values it replaces with a default.
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

    /// The URL with the password and sslpassword replaced by `****`, safe for logs, titles and the UI:
    /// `postgresql://facet:****@db.example.com:5432/app?schema=x`.
    [[nodiscard]] QString toDisplayString() const;

    /// libpq keyword=value conninfo (PostgreSQL only): values single-quoted with `\` and `'` escaped;
    /// connect_timeout, sslmode (plus sslrootcert from sslcert), application_name, channel_binding, the socket
    /// folder as host, and `options` with `-c search_path=<schema>` appended.
    [[nodiscard]] QByteArray toLibpqConninfo() const;

    /// Options for QtSqlConnection (MySQL and SQLite): host/port or socket, credentials, database or file,
    /// connect/read/write timeouts, TLS CA and verification; SQLite's busy timeout from socket_timeout.
    [[nodiscard]] QtSqlOptions toQtSqlOptions() const;

private:
    friend class ConnectionUrlParser;

    UrlProvider m_provider = UrlProvider::PostgreSql;
    QString m_scheme;
    QString m_user;
    QString m_password;
    bool m_hasPassword = false;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_writtenPath; ///< SQLite path as written, for the display form
    QString m_socket;
    QString m_schema;
    std::optional<int> m_connectionLimit;
    std::optional<int> m_poolTimeout;
    std::optional<int> m_connectTimeout;
    std::optional<int> m_socketTimeout;
    std::optional<int> m_maxLifetime;
    std::optional<int> m_maxIdleLifetime;
    std::optional<int> m_statementCacheSize;
    QString m_sslMode;
    QString m_sslCert;
    QString m_sslIdentity;
    QString m_sslPassword;
    bool m_sslStrict = false;
    bool m_pgBouncer = false;
    bool m_preferSocket = false;
    QString m_applicationName;
    QString m_options;
    QString m_channelBinding;
    QList<UrlParameter> m_parameters;
    QStringList m_warnings;
};

/// Physical CPU cores as Prisma counts them (Rust num_cpus::get_physical): distinct (physical id, core id)
/// pairs in /proc/cpuinfo; when the file lacks them (some VMs, containers, non-x86), the logical count
/// std::thread::hardware_concurrency(); at least 1.
[[nodiscard]] int physicalCpuCount();
/// The same count from cpuinfo text; 0 when the text has no physical id/core id pairs. For tests.
[[nodiscard]] int physicalCoresFromCpuinfo(const QByteArray &cpuinfo);
/// Prisma's default pool size: physicalCpuCount() * 2 + 1.
[[nodiscard]] int defaultConnectionLimit();

} // namespace facet::db
