// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The filter builder's logic without a database: which operators each field type offers, the where JSON a
// chip composes to (and that WhereFilter takes it), the messages for refused values, and browser-style
// back/forward history.
#include "filter/FilterCondition.h"
#include "mapping/WhereFilter.h"
#include "relation/NavigationHistory.h"
#include "relation/RelationLinks.h"

#include "ResolvedSchema.h"

#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using filter::ConditionOp;

class TestFilterCondition : public QObject {
    Q_OBJECT

private:
    schema::ValidatedSchema m_schema;
    mapping::ModelTable m_post;
    mapping::ModelTable m_user;

    const mapping::ModelColumn &column(const QString &field) { return *m_post.byField(field); }

private Q_SLOTS:
    void initTestCase()
    {
        m_schema = schema::validateSchemaText(QString::fromUtf8(
            "datasource db {\n"
            "  provider = \"postgresql\"\n"
            "  url      = \"postgresql://localhost/x\"\n"
            "}\n"
            "enum Status {\n"
            "  DRAFT\n"
            "  LIVE    @map(\"live\")\n"
            "}\n"
            "model User {\n"
            "  id    Int    @id\n"
            "  email String\n"
            "  slug  String\n"
            "  posts Post[]\n"
            "}\n"
            "model Post {\n"
            "  id        Int       @id\n"
            "  title     String\n"
            "  status    Status\n"
            "  price     Decimal?\n"
            "  views     BigInt\n"
            "  live      Boolean\n"
            "  at        DateTime?\n"
            "  tags      String[]\n"
            "  meta      Json?\n"
            "  authorId  Int\n"
            "  author    User      @relation(fields: [authorId], references: [id])\n"
            "}\n"));
        QVERIFY(!m_schema.hasErrors());
        auto post = mapping::modelTable(m_schema.resolved, *m_schema.resolved.findModel(u"Post"), db::Provider::PostgreSQL);
        auto user = mapping::modelTable(m_schema.resolved, *m_schema.resolved.findModel(u"User"), db::Provider::PostgreSQL);
        QVERIFY(post && user);
        m_post = *post;
        m_user = *user;
    }

    void operatorsFollowTheType()
    {
        using enum ConditionOp;
        QCOMPARE(filter::operatorsFor(column(u"title"_s)),
                 (QList<ConditionOp>{Equals, Not, In, NotIn, Lt, Lte, Gt, Gte, Contains, StartsWith, EndsWith}));
        QCOMPARE(filter::operatorsFor(column(u"live"_s)), (QList<ConditionOp>{Equals, Not}));
        QCOMPARE(filter::operatorsFor(column(u"status"_s)), (QList<ConditionOp>{Equals, Not, In, NotIn}));
        QCOMPARE(filter::operatorsFor(column(u"price"_s)),
                 (QList<ConditionOp>{Equals, Not, In, NotIn, Lt, Lte, Gt, Gte, IsNull, IsNotNull}));
        QVERIFY(filter::operatorsFor(column(u"tags"_s)).isEmpty()); // list and Json filters: the raw box
        QVERIFY(filter::operatorsFor(column(u"meta"_s)).isEmpty());
    }

    void chipsComposeToPrismaWhere()
    {
        auto title = filter::makeCondition(column(u"title"_s), ConditionOp::Contains, {u"Q3"_s}, true);
        auto views = filter::makeCondition(column(u"views"_s), ConditionOp::Gt, {u"9007199254740993"_s});
        auto price = filter::makeCondition(column(u"price"_s), ConditionOp::In, {u"1.10"_s, u"0.30"_s});
        auto status = filter::makeCondition(column(u"status"_s), ConditionOp::Equals, {u"live"_s}); // by label too
        auto at = filter::makeCondition(column(u"at"_s), ConditionOp::IsNull, {});
        QVERIFY(title && views && price && status && at);
        QCOMPARE(filter::composeWhere({*title}), u"{\"title\":{\"contains\":\"Q3\",\"mode\":\"insensitive\"}}"_s);
        QCOMPARE(filter::composeWhere({*views}), u"{\"views\":{\"gt\":\"9007199254740993\"}}"_s); // exact, as text
        // Exact digits in their canonical form (the column has no fixed scale).
        QCOMPARE(filter::composeWhere({*price}), u"{\"price\":{\"in\":[\"1.1\",\"0.3\"]}}"_s);
        QCOMPARE(filter::composeWhere({*status}), u"{\"status\":{\"equals\":\"LIVE\"}}"_s);
        QCOMPARE(filter::composeWhere({*at}), u"{\"at\":null}"_s);
        QCOMPARE(title->label(), u"title contains \"Q3\" (Aa)"_s);
        QCOMPARE(views->label(), u"views > \"9007199254740993\""_s);
        const QString all = filter::composeWhere({*title, *views, *price, *status, *at}, u"{\"id\": {\"lt\": 5}}"_s);
        auto parsed = mapping::parseWhere(all, m_post);
        QVERIFY2(parsed, qPrintable(all + u" → "_s + (parsed ? QString() : parsed.error().render())));
        QCOMPARE(parsed->kind(), db::Filter::Kind::And);
        QCOMPARE(parsed->children().size(), 6);
        QCOMPARE(filter::composeWhere({}), QString());
        // A broken raw box is reported by parseWhere at its place, the chips untouched.
        auto broken = mapping::parseWhere(filter::composeWhere({*title}, u"{\"nope\": 1}"_s), m_post);
        QVERIFY(!broken);
        QVERIFY2(broken.error().render().contains(u"nope"_s), qPrintable(broken.error().render()));
    }

    void refusedValuesSayWhatAndWhere()
    {
        auto bad = filter::makeCondition(column(u"views"_s), ConditionOp::Gte, {u"12x"_s});
        QVERIFY(!bad);
        QVERIFY2(bad.error().startsWith(u"views: BigInt"_s), qPrintable(bad.error()));
        auto second = filter::makeCondition(column(u"price"_s), ConditionOp::NotIn, {u"1"_s, u"one"_s});
        QVERIFY(!second);
        QVERIFY2(second.error().contains(u"value 2"_s), qPrintable(second.error()));
        auto enumValue = filter::makeCondition(column(u"status"_s), ConditionOp::Equals, {u"GONE"_s});
        QVERIFY(!enumValue);
        auto noValue = filter::makeCondition(column(u"title"_s), ConditionOp::Equals, {});
        QVERIFY(!noValue);
        auto wrongOp = filter::makeCondition(column(u"live"_s), ConditionOp::Contains, {u"x"_s});
        QVERIFY(!wrongOp);
        QVERIFY2(wrongOp.error().contains(u"contains"_s), qPrintable(wrongOp.error()));
        auto requiredNull = filter::makeCondition(column(u"title"_s), ConditionOp::IsNull, {});
        QVERIFY(!requiredNull); // a required field is never NULL: the builder does not offer it
    }

    void relationsAndDisplayFields()
    {
        const auto links = relation::toOneLinks(m_schema.resolved, *m_schema.resolved.findModel(u"Post"), m_post,
                                                db::Provider::PostgreSQL);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.front().foreignKeyField, u"authorId"_s);
        QCOMPARE(links.front().targetModel, u"User"_s);
        QCOMPARE(links.front().displayField, u"email"_s); // no name or title: email comes before slug
        QCOMPARE(relation::defaultDisplayField(m_post), u"title"_s);
        const auto back = relation::backLinks(m_schema.resolved, *m_schema.resolved.findModel(u"User"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.front().field, u"posts"_s);
        QCOMPARE(back.front().sourceModel, u"Post"_s);
        QCOMPARE(back.front().foreignKeyField, u"authorId"_s);
        QCOMPARE(back.front().referencedField, u"id"_s);
        QVERIFY(relation::backLinks(m_schema.resolved, *m_schema.resolved.findModel(u"Post")).isEmpty());
    }

    void historyGoesBackAndForward()
    {
        relation::NavigationHistory history;
        const relation::Place a{u"Post"_s, {}};
        const relation::Place b{u"User"_s, {*filter::makeCondition(*m_user.byField(u"id"), ConditionOp::Equals, {u"1"_s})}};
        const relation::Place c{u"Post"_s, {*filter::makeCondition(column(u"authorId"_s), ConditionOp::Equals, {u"1"_s})}};
        QVERIFY(!history.canGoBack());
        history.visit(a, b);
        history.visit(b, c);
        QCOMPARE(history.back(c), b);
        QCOMPARE(history.back(b), a);
        QVERIFY(!history.back(a));
        QCOMPARE(history.forward(a), b);
        // A new visit from the middle drops what was ahead.
        history.visit(b, a);
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(a), b);
    }
};

QTEST_GUILESS_MAIN(TestFilterCondition)
#include "tst_filter_condition.moc"
