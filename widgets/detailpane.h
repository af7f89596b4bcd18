#pragma once

#include "analysis.h"

#include <QWidget>

class QFormLayout;
class QLabel;

// Every field of one programme as selectable plain text, the source's URL included as text to copy: the
// app opens no network connection, and data strings are never interpreted as markup.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showDetail(const ProgrammeDetail &detail);
    QString text() const; // everything shown, for tests and the clipboard

private:
    QLabel *m_title;
    QFormLayout *m_fields;
};
