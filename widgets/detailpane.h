#pragma once

#include "analysis.h"
#include "programmedetail.h"

#include <QWidget>

class QTextEdit;

// Every field of one programme as selectable, wrapped text, the source's URL included as text to copy: the
// app opens no network connection. The text is inserted as plain text, never interpreted as markup.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showDetail(const ProgrammeDetail &detail);
    QString text() const; // everything shown, as plain text

protected:
    void changeEvent(QEvent *event) override;

private:
    QTextEdit *m_view;
    ProgrammeDetail m_detail; // shown again when the palette or the font changes
};
