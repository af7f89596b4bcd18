#include "detailpane.h"

#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

DetailPane::DetailPane(QWidget *parent) : QWidget(parent), m_view(new QTextEdit(this))
{
    m_view->setReadOnly(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    showDetail({});
}

void DetailPane::showDetail(const ProgrammeDetail &detail)
{
    m_detail = detail;
    m_view->clear();
    QTextCursor cursor(m_view->document());
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(m_view->font().pointSizeF() * 1.2);
    cursor.insertText(detail.title.isEmpty() ? tr("Select a programme to see its details and source.")
                                             : detail.title,
                      title);
    QTextCharFormat name;
    name.setForeground(palette().color(QPalette::PlaceholderText));
    name.setFontPointSize(m_view->font().pointSizeF() * 0.9);
    QTextCharFormat value;
    QTextBlockFormat spaced;
    spaced.setTopMargin(6);
    for (const DetailField &field : detail.fields) {
        cursor.insertBlock(spaced);
        if (!field.label.isEmpty()) { // a field may be a line of its own
            cursor.insertText(field.label, name);
            cursor.insertBlock(QTextBlockFormat());
        }
        cursor.insertText(field.value, value);
    }
    m_view->moveCursor(QTextCursor::Start);
}

void DetailPane::changeEvent(QEvent *event)
{
    // The document holds the field names' colour and the title's size as they were when shown: it follows
    // a new palette or font only when shown again.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        showDetail(m_detail);
    QWidget::changeEvent(event);
}

QString DetailPane::text() const
{
    return m_view->toPlainText();
}
