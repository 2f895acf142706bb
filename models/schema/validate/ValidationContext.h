// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "DiagnosticCatalog.h"
#include "ParsedSchema.h"
#include "ResolvedSchema.h"
#include "TextHash.h"
#include "validate/Connector.h"

#include <QHash>
#include <QStringList>

// Internal to runValidations(): what every check sees, like psl-core's validation_pipeline `Context`.
// Checks are free functions over (const …&, Context&), one file per topic, listed in Validations.cpp.
namespace facet::schema::validate {

struct Context {
    const ResolvedSchema &schema;
    const ParsedSchema &parsed;
    Diagnostics &diagnostics;
    const Connector &connector;
    const DatasourceConfig *datasource = nullptr; // the first datasource with a known provider
    RelationMode relationMode = RelationMode::ForeignKeys;
    QStringList previewFeatures;
    // Errors whose span is not where Prisma reports them from (error index → the place Prisma was visiting);
    // set while the attribute checks run, read by inParserDatabaseOrder().
    std::vector<std::pair<size_t, Span>> *orderAnchors = nullptr;

    void error(Diagnostic d) const { diagnostics.pushError(std::move(d)); }
    void errorVisitedAt(Diagnostic d, Span visited) const
    {
        if (orderAnchors)
            orderAnchors->emplace_back(diagnostics.errors().size(), visited);
        error(std::move(d));
    }
    void warning(Diagnostic d) const { diagnostics.pushWarning(std::move(d)); }
    void push(Diagnostic d) const { diagnostics.push(std::move(d)); }
    [[nodiscard]] bool hasErrors() const { return diagnostics.hasErrors(); }
    [[nodiscard]] bool hasPreviewFeature(QStringView name) const;

    // AST access (ResolvedSchema keeps indices, not pointers).
    [[nodiscard]] const Model *astModelOf(const ResolvedModel &model) const;
    [[nodiscard]] const Field *astFieldOf(const ResolvedModel &model, const ResolvedField &field) const;
    [[nodiscard]] const ResolvedModel *relatedModel(const ResolvedField &field) const;
};

// "model", "view" or "composite type": how Prisma names the container in messages.
[[nodiscard]] QString containerName(const ResolvedModel &model);

// The span of argument `name` of `attribute` (Prisma's span_for_argument), or nullopt.
[[nodiscard]] std::optional<Span> argumentSpan(const Attribute &attribute, QStringView name);

// The expression as Prisma prints it in messages (`"x"` quoted, `f()`, `[a, b]`).
[[nodiscard]] QString displayExpression(const Expression &expression);

// A unique criterion of a model: its primary key or one of its unique indexes, as Prisma's
// `unique_criterias()` walks them (primary key first).
struct UniqueCriterion {
    std::vector<int> fields; // field indices (first path segment)
    bool fromPrimaryKey = false;
};
[[nodiscard]] std::vector<UniqueCriterion> uniqueCriteria(const ResolvedModel &model);

// Checks, by topic (one .cpp each). Attribute-level checks Prisma makes while resolving
// (parser-database) come first; validation pipeline checks (psl-core) after.
namespace attributes {
// Field attributes, per field.
void idIsRequired(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void defaultValue(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void updatedAt(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void relationArguments(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void relationFieldAttributes(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void sortArguments(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void atMostOneIdField(const ResolvedModel &model, Context &ctx);
void ignoreOnUnsupported(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void emptyMapArguments(const ResolvedModel &model, Context &ctx);
void unknownOperatorClasses(const ResolvedModel &model, Context &ctx);
// Block attributes, per model.
void compoundIdFields(const ResolvedModel &model, Context &ctx);
void indexesOnRelationFields(const ResolvedModel &model, Context &ctx);
void compositeDefaultValues(const ResolvedModel &type, Context &ctx);
void enumHasValues(const ResolvedEnum &enumeration, Context &ctx);
[[nodiscard]] bool isKnownDefaultFunction(QStringView name);
} // namespace attributes

namespace defaults {
// The connector's validate_scalar_field_unknown_default_functions, which runs over all models before the
// other pipeline checks.
void unknownDefaultFunctions(const ResolvedModel &model, Context &ctx);
void defaultValueContents(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
} // namespace defaults

namespace datasource {
void datasourceBlocks(Context &ctx);
void generatorBlocks(Context &ctx);
void schemasPropertyWithNoConnectorSupport(Context &ctx);
void postgresExtensionsNeedPreviewFeature(Context &ctx); // the PostgreSQL connector's validate_datasource
} // namespace datasource

namespace composite {
void detectCompositeCycles(Context &ctx);
void compositeTypesSupported(const ResolvedModel &type, Context &ctx);
void moreThanOneField(const ResolvedModel &type, Context &ctx);
} // namespace composite

namespace models {
void databaseNameClashes(Context &ctx);
void hasAStrictUniqueCriteria(const ResolvedModel &model, Context &ctx);
void idHasFields(const ResolvedModel &model, Context &ctx);
void idClientNameDoesNotClashWithField(const ResolvedModel &model, Context &ctx);
void primaryKeyConnectorSpecific(const ResolvedModel &model, Context &ctx);
void primaryKeyLengthPrefixSupported(const ResolvedModel &model, Context &ctx);
void primaryKeySortOrderSupported(const ResolvedModel &model, Context &ctx);
void onlyOneFulltextAttributeAllowed(const ResolvedModel &model, Context &ctx);
void schemaIsDefinedInTheDatasource(const ResolvedModel &model, Context &ctx);
void schemaAttributeSupportedInConnector(const ResolvedModel &model, Context &ctx);
void schemaAttributeMissing(const ResolvedModel &model, Context &ctx);
void autoincrement(const ResolvedModel &model, Context &ctx);
} // namespace models

namespace mongodb {
void modelChecks(const ResolvedModel &model, Context &ctx); // the MongoDB connector's validate_model
} // namespace mongodb

namespace views {
void viewDefinitionWithoutPreviewFlag(const ResolvedModel &view, Context &ctx);
void viewsHaveNoPrimaryKeyOrIndexes(const ResolvedModel &view, Context &ctx);
} // namespace views

namespace fields {
void scalarFieldConnectorSpecific(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
} // namespace fields

namespace nativeTypes {
void nativeTypeArguments(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
} // namespace nativeTypes

namespace relations {
void ignoredRelatedModel(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void referentialActions(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void foreignKeyMap(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void missingRelationIndexes(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void connectorSpecific(const ResolvedModel &model, const ResolvedField &field, Context &ctx);
void validateRelations(Context &ctx); // the per-relation list (1-1, 1-n, m-n), for every relation in order
} // namespace relations

namespace names {
enum class ConstraintKind { PrimaryKey, Index, ForeignKey };
// Prisma's constraint namespaces, counted once per schema (names.rs `Names`).
class Namespaces
{
public:
    explicit Namespaces(const Context &ctx);
    [[nodiscard]] QList<ConstraintScope> violations(const Context &ctx, const ResolvedModel &model, ConstraintKind kind,
                                                    const QString &name) const;
    [[nodiscard]] bool customNameClashes(const Context &ctx, const ResolvedModel &model, const QString &name) const;

    // (scope, schema, name) for global scopes, (model, scope, name) for per-model ones, (model, client name)
    // for custom names; unused parts stay -1 / empty. A struct rather than the parts joined into one string:
    // the keys are built for every constraint of the schema, and the joined strings' allocations were a large
    // share of validation time (docs/BENCHMARKS.md, issue 3). QString members only share the names.
    struct Key {
        int model = -1;
        int scope = -1;
        QString schema;
        QString name;
        bool operator==(const Key &) const = default;
        // TextHash.h rather than qHashMulti: these keys are hashed for every constraint, twice per check.
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            const uint64_t parts = (uint64_t(uint32_t(key.model)) << 32) | uint32_t(key.scope);
            return size_t(text::hash(key.name, text::hash(key.schema, seed ^ parts)));
        }
    };

private:
    QHash<Key, int> m_global;
    QHash<Key, int> m_local;
    QHash<Key, int> m_customNames;
};
void primaryKeyName(const ResolvedModel &model, const Namespaces &namespaces, Context &ctx);
void indexName(const ResolvedModel &model, const Index &index, const QString &attributeName, const Attribute *attribute,
               const Namespaces &namespaces, Context &ctx);
void indexCustomName(const ResolvedModel &model, const Index &index, const QString &attributeName,
                     const Attribute *attribute, const Namespaces &namespaces, Context &ctx);
void foreignKeyName(const ResolvedModel &model, const ResolvedField &field, const Namespaces &namespaces, Context &ctx);
void mappedNameLength(const ResolvedModel &model, const Attribute &attribute, const QString &name,
                      const QString &attributeName, Context &ctx);
} // namespace names

namespace indexes {
void postgresOperatorClasses(const ResolvedModel &model, const Index &index, Context &ctx); // operatorClasses.cpp
[[nodiscard]] bool isKnownOperatorClass(const QString &name); // Prisma's OperatorClass names
void validateIndex(const ResolvedModel &model, const Index &index, const names::Namespaces &namespaces, Context &ctx);
} // namespace indexes

namespace enums {
void databaseNameClashes(Context &ctx);
void connectorSupportsEnums(const ResolvedEnum &enumeration, Context &ctx);
void schemaChecks(const ResolvedEnum &enumeration, Context &ctx);
} // namespace enums

} // namespace facet::schema::validate
