#include "detailpane.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

DetailPane::DetailPane(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_title = plainLabel(tr("Select a programme to see its details and source."), content);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_fields = new QFormLayout;
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_fields);
    layout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

void DetailPane::showDetail(const ProgrammeDetail &detail)
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_title->setText(detail.title.isEmpty() ? tr("Select a programme to see its details and source.")
                                            : detail.title);
    for (const DetailField &field : detail.fields) {
        auto *name = plainLabel(field.label, this);
        name->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_fields->addRow(name, plainLabel(field.value, this));
    }
}

QString DetailPane::text() const
{
    QStringList lines{m_title->text()};
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const auto *name = qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value = qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::FieldRole)->widget());
        lines.append(name->text() + QStringLiteral(": ") + value->text());
    }
    return lines.join(u'\n');
}
