// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "editors/BytesCellEditor.h"

#include "cellinput/BytesText.h"
#include "editors/TextCellEditors.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace facet::ui {

BytesCellEditor::BytesCellEditor(cellinput::CellColumn column, QWidget *parent)
    : CellEditor(std::move(column), parent)
    , m_edit(new QPlainTextEdit(this))
    , m_format(new QComboBox(this))
    , m_size(new QLabel(this))
{
    configureMultiLine(m_edit, true, tr("bytes (Ctrl+Enter to commit)"));
    m_edit->setWordWrapMode(QTextOption::WrapAnywhere);
    setInput(m_edit, true);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateSize();
        inputChanged();
    });
    m_format->setObjectName(u"bytesFormat"_s);
    m_format->addItem(tr("hex"), int(cellinput::BytesFormat::Hex));
    m_format->addItem(tr("base64"), int(cellinput::BytesFormat::Base64));
    m_format->setFocusPolicy(Qt::TabFocus);
    addSideWidget(m_format);
    connect(m_format, &QComboBox::activated, this, [this](int index) {
        const auto wanted = cellinput::BytesFormat(m_format->itemData(index).toInt());
        // activated fires after the switch; convert from the format the text is still in.
        m_format->setCurrentIndex(1 - index);
        if (!setFormat(wanted))
            m_format->setCurrentIndex(1 - index);
    });
    QToolButton *load = addSideButton(tr("Load…"), tr("Replace the value with a file's contents"));
    load->setObjectName(u"loadFile"_s);
    connect(load, &QToolButton::clicked, this, &BytesCellEditor::chooseLoad);
    QToolButton *save = addSideButton(tr("Save…"), tr("Save the bytes to a file"));
    save->setObjectName(u"saveFile"_s);
    connect(save, &QToolButton::clicked, this, &BytesCellEditor::chooseSave);
    m_size->setObjectName(u"size"_s);
    m_size->setForegroundRole(QPalette::PlaceholderText);
    layout()->addWidget(m_size);
    updateSize();
}

cellinput::BytesFormat BytesCellEditor::format() const
{
    return cellinput::BytesFormat(m_format->currentData().toInt());
}

bool BytesCellEditor::setFormat(cellinput::BytesFormat wanted)
{
    if (wanted == format())
        return true;
    const auto bytes = cellinput::bytesFromText(m_edit->toPlainText(), format());
    if (!bytes)
        return false;
    m_format->setCurrentIndex(m_format->findData(int(wanted)));
    m_edit->setPlainText(cellinput::bytesToText(*bytes, wanted));
    return true;
}

std::expected<void, QString> BytesCellEditor::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    setValue(db::Value::fromBytes(bytes));
    inputChanged();
    return {};
}

std::expected<void, QString> BytesCellEditor::saveFile(const QString &path) const
{
    const auto v = value();
    if (!v || v->kind() != db::ScalarKind::Bytes)
        return std::unexpected(v ? tr("There are no bytes to save (the value is NULL)") : v.error().message);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(v->toBytes()) != v->toBytes().size() || !file.commit())
        return std::unexpected(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void BytesCellEditor::chooseLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load bytes from a file"));
    if (path.isEmpty())
        return;
    if (auto r = loadFile(path); !r)
        QMessageBox::warning(this, tr("Load bytes"), r.error());
}

void BytesCellEditor::chooseSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save bytes to a file"));
    if (path.isEmpty())
        return;
    if (auto r = saveFile(path); !r)
        QMessageBox::warning(this, tr("Save bytes"), r.error());
}

void BytesCellEditor::updateSize()
{
    const auto bytes = cellinput::bytesFromText(m_edit->toPlainText(), format());
    m_size->setText(bytes ? tr("%1 bytes").arg(QLocale().toString(bytes->size())) : QString());
    m_size->setVisible(bytes.has_value() && !isNull());
}

void BytesCellEditor::loadValue(const db::Value &value)
{
    const QSignalBlocker block(m_edit);
    cellinput::InputOptions options;
    options.bytesFormat = format();
    m_edit->setPlainText(cellinput::editableText(value, column(), options));
    updateSize();
}

cellinput::InputResult<db::Value> BytesCellEditor::readValue() const
{
    cellinput::InputOptions options;
    options.bytesFormat = format();
    return cellinput::parseCellText(m_edit->toPlainText(), column(), options);
}

void BytesCellEditor::showNull(bool null)
{
    CellEditor::showNull(null);
    m_format->setEnabled(!null);
    if (null) {
        const QSignalBlocker block(m_edit);
        m_edit->clear();
    }
    updateSize();
}

} // namespace facet::ui
