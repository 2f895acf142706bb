// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// MariaDB (the test servers' MySQL) through the Connection interface: introspect the DDL Prisma Migrate
// writes for MySQL (prisma-facts §3.1: VARCHAR(191), inline ENUM(...), DATETIME(3), DECIMAL(65,30), JSON,
// LONGBLOB, AUTO_INCREMENT, the m-n table's `_AB_unique` index, FKs added by ALTER TABLE), then run the
// dialect's windows, filters and guarded writes against the server.
#include "DialectLiveChecks.h"
#include "TestServers.h"
#include "introspect/Introspector.h"
#include "url/ConnectionUrl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

namespace {

const QString Database = u"facet_introspect"_s;

const char16_t *const Ddl[] = {
    uR"(CREATE TABLE `users` (`id` INTEGER NOT NULL AUTO_INCREMENT, `email` VARCHAR(191) NOT NULL, `name` VARCHAR(191) NULL,
        `role` ENUM('MEMBER', 'EDITOR', 'administrator') NOT NULL DEFAULT 'MEMBER', `profile` JSON NULL,
        `avatar` LONGBLOB NULL, `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        UNIQUE INDEX `users_email_key`(`email`), PRIMARY KEY (`id`)
        ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)",
    uR"(CREATE TABLE `posts` (`id` INTEGER NOT NULL AUTO_INCREMENT, `title` VARCHAR(191) NOT NULL, `body` VARCHAR(191) NULL,
        `status` ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED') NOT NULL DEFAULT 'DRAFT',
        `published` BOOLEAN NOT NULL DEFAULT false, `views` BIGINT NOT NULL DEFAULT 0, `version` INTEGER NOT NULL DEFAULT 0,
        `author_id` INTEGER NOT NULL, `editor_id` INTEGER NULL,
        `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` DATETIME(3) NOT NULL,
        INDEX `posts_status_created_at_idx`(`status`, `created_at` DESC), PRIMARY KEY (`id`)
        ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)",
    uR"(CREATE TABLE `tags` (`id` INTEGER NOT NULL AUTO_INCREMENT, `name` VARCHAR(191) NOT NULL,
        UNIQUE INDEX `tags_name_key`(`name`), PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)",
    uR"(CREATE TABLE `accounts` (`id` VARCHAR(191) NOT NULL, `number` VARCHAR(191) NOT NULL, `label` VARCHAR(191) NOT NULL,
        `balance` DECIMAL(65, 30) NOT NULL DEFAULT 0, `owner_id` INTEGER NOT NULL,
        UNIQUE INDEX `accounts_number_key`(`number`), UNIQUE INDEX `accounts_owner_id_label_key`(`owner_id`, `label`),
        PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)",
    uR"(CREATE TABLE `_PostToTag` (`A` INTEGER NOT NULL, `B` INTEGER NOT NULL,
        UNIQUE INDEX `_PostToTag_AB_unique`(`A`, `B`), INDEX `_PostToTag_B_index`(`B`)
        ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)",
    uR"(ALTER TABLE `posts` ADD CONSTRAINT `posts_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE)",
    uR"(ALTER TABLE `posts` ADD CONSTRAINT `posts_editor_id_fkey` FOREIGN KEY (`editor_id`) REFERENCES `users`(`id`) ON DELETE SET NULL ON UPDATE CASCADE)",
    uR"(ALTER TABLE `accounts` ADD CONSTRAINT `accounts_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE)",
    uR"(ALTER TABLE `_PostToTag` ADD CONSTRAINT `_PostToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `posts`(`id`) ON DELETE CASCADE ON UPDATE CASCADE)",
    uR"(ALTER TABLE `_PostToTag` ADD CONSTRAINT `_PostToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `tags`(`id`) ON DELETE CASCADE ON UPDATE CASCADE)",
    uR"(CREATE VIEW `published_posts` AS SELECT id, title FROM posts WHERE published)",
};

} // namespace

class TestIntrospectionMySql : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<Connection> m_db;
    IntrospectedSchema m_schema;

    void run(const QString &sql) { FACET_TRY(m_db->execute(Statement(sql))); }

private Q_SLOTS:
    void initTestCase()
    {
        auto my = facet::test::TestServers::mysql();
        QVERIFY2(my, qPrintable(my.error()));
        {
            auto url = ConnectionUrl::parse(my->url);
            QVERIFY(url);
            auto admin = openConnection(*url);
            QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().summary()));
            FACET_TRY((*admin)->execute(Statement(u"DROP DATABASE IF EXISTS `facet_introspect`"_s)));
            FACET_TRY((*admin)->execute(Statement(u"CREATE DATABASE `facet_introspect`"_s)));
        }
        QString text = my->url;
        text.replace(u"/"_s + my->database, u"/"_s + Database);
        const auto url = ConnectionUrl::parse(text);
        QVERIFY(url);
        auto db = openConnection(*url);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().summary()));
        m_db = std::move(*db);
        for (const char16_t *statement : Ddl)
            run(QString::fromUtf16(statement));
        m_schema = FACET_TRY(introspect(*m_db));
    }

    void readsTables()
    {
        QStringList names;
        for (const auto &t : m_schema.tables) {
            names.append(t.name);
            QCOMPARE(t.schema, Database);
        }
        QCOMPARE(names, (QStringList{u"_PostToTag"_s, u"accounts"_s, u"posts"_s, u"tags"_s, u"users"_s}));
    }

    void readsColumnsWithNormalisedTypes()
    {
        const IntrospectedTable *users = m_schema.table(u"users");
        const IntrospectedColumn *id = users->column(u"id");
        QCOMPARE(id->nativeType, u"int"_s);
        QVERIFY(id->autoIncrement);
        QVERIFY(!id->nullable);
        QCOMPARE(users->column(u"email")->nativeType, u"varchar(191)"_s);
        QCOMPARE(users->column(u"email")->maxLength, 191);
        QVERIFY(users->column(u"name")->nullable);
        QVERIFY(!users->column(u"name")->defaultExpression);
        const IntrospectedColumn *role = users->column(u"role");
        QCOMPARE(role->nativeType, u"enum('MEMBER','EDITOR','administrator')"_s);
        QCOMPARE(role->enumLabels, (QStringList{u"MEMBER"_s, u"EDITOR"_s, u"administrator"_s}));
        QCOMPARE(role->enumName, u"users_role"_s);
        QCOMPARE(*role->defaultExpression, u"'MEMBER'"_s);
        QCOMPARE(users->column(u"profile")->nativeType, u"json"_s);
        QCOMPARE(users->column(u"avatar")->nativeType, u"longblob"_s);
        const IntrospectedColumn *created = users->column(u"created_at");
        QCOMPARE(created->nativeType, u"datetime(3)"_s);
        QCOMPARE(created->precision, 3);
        QCOMPARE(created->defaultExpression->toLower(), u"current_timestamp(3)"_s);
        const IntrospectedTable *posts = m_schema.table(u"posts");
        QCOMPARE(posts->column(u"published")->nativeType, u"tinyint(1)"_s);
        QCOMPARE(*posts->column(u"published")->defaultExpression, u"0"_s);
        QCOMPARE(posts->column(u"views")->nativeType, u"bigint"_s);
        const IntrospectedColumn *balance = m_schema.table(u"accounts")->column(u"balance");
        QCOMPARE(balance->nativeType, u"decimal(65,30)"_s);
        QCOMPARE(balance->precision, 65);
        QCOMPARE(balance->scale, 30);
        QCOMPARE(m_schema.enumType(u"posts_status")->labels,
                 (QStringList{u"DRAFT"_s, u"IN_REVIEW"_s, u"PUBLISHED"_s, u"ARCHIVED"_s}));
    }

    void readsKeysAndIndexes()
    {
        const IntrospectedTable *accounts = m_schema.table(u"accounts");
        QCOMPARE(accounts->primaryKey->name, u"PRIMARY"_s);
        QCOMPARE(accounts->primaryKey->columns, QStringList{u"id"_s});
        const IntrospectedIndex *compound = accounts->index(u"accounts_owner_id_label_key");
        QVERIFY(compound->unique);
        QCOMPARE(compound->columnNames(), (QStringList{u"owner_id"_s, u"label"_s}));
        QCOMPARE(compound->method, u"btree"_s);
        const IntrospectedTable *join = m_schema.table(u"_PostToTag");
        QVERIFY(!join->primaryKey);
        QCOMPARE(join->index(u"_PostToTag_AB_unique")->columnNames(), (QStringList{u"A"_s, u"B"_s}));
        QVERIFY(!join->index(u"_PostToTag_B_index")->unique);
        const IntrospectedIndex *byStatus = m_schema.table(u"posts")->index(u"posts_status_created_at_idx");
        QCOMPARE(byStatus->columnNames(), (QStringList{u"status"_s, u"created_at"_s}));
        QVERIFY(!byStatus->columns.value(0).descending);
        // MariaDB keeps DESC since 10.8; older servers parse and ignore it.
        if (m_db->serverVersion().contains(u"MariaDB"_s, Qt::CaseInsensitive)
            && Dialect::forServer(Provider::MySQL, m_db->serverVersion()).serverVersionNumber() >= 100800)
            QVERIFY(byStatus->columns.value(1).descending);
    }

    void readsForeignKeys()
    {
        const IntrospectedTable *posts = m_schema.table(u"posts");
        const IntrospectedForeignKey *author = posts->foreignKey(u"posts_author_id_fkey");
        QVERIFY(author);
        QCOMPARE(author->referencedSchema, Database);
        QCOMPARE(author->referencedTable, u"users"_s);
        QCOMPARE(author->referencedColumns, QStringList{u"id"_s});
        QCOMPARE(referentialActionName(author->onDelete), u"Cascade"_s);
        QCOMPARE(referentialActionName(posts->foreignKey(u"posts_editor_id_fkey")->onDelete), u"SetNull"_s);
        const IntrospectedForeignKey *owner = m_schema.table(u"accounts")->foreignKey(u"accounts_owner_id_fkey");
        QCOMPARE(referentialActionName(owner->onDelete), u"Restrict"_s);
        QCOMPARE(referentialActionName(owner->onUpdate), u"Cascade"_s);
        QCOMPARE(m_schema.table(u"_PostToTag")->foreignKeys.size(), 2);
    }

    void readsViews()
    {
        QCOMPARE(m_schema.views.size(), 1);
        QCOMPARE(m_schema.views.value(0).name, u"published_posts"_s);
        QVERIFY(m_schema.views.value(0).definition.contains(u"published"_s));
    }

    void dialectStatementsAgainstMySql()
    {
        run(u"CREATE TABLE `it\"ems` (`id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, `title` VARCHAR(191) NOT NULL, "
            u"`rank` INTEGER NULL, `version` INTEGER NOT NULL DEFAULT 0, `note` VARCHAR(191) NULL) "
            u"DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"_s);
        const Dialect d = Dialect::forServer(Provider::MySQL, m_db->serverVersion());
        const TableSpec t = live::itemsTable(Database, u"it\"ems"_s);
        live::seed(*m_db, d, t);
        live::checkKeysetWindows(*m_db, d, t);
        live::checkFilters(*m_db, d, t);
        live::checkGuards(*m_db, d, t);
        const QueryResult estimate = FACET_TRY(m_db->execute(FACET_TRY(buildEstimatedCount(d, t))));
        QCOMPARE(estimate.rows.size(), 1);
    }

    void cleanupTestCase()
    {
        if (m_db)
            run(u"DROP DATABASE IF EXISTS `facet_introspect`"_s);
    }
};

QTEST_GUILESS_MAIN(TestIntrospectionMySql)
#include "tst_introspection_mysql.moc"
