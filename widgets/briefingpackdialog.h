#pragma once

#include "analysis.h"
#include "briefingpack.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QListWidget;

// Collects the figures of a briefing pack (each a view with its own filters) and the cover's title,
// organisation and author. The pack itself is owned by the caller.
class BriefingPackDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingPackDialog(std::shared_ptr<const Analysis> analysis, const BriefingPack &pack,
                       QWidget *parent = nullptr);

    BriefingPack pack() const;

signals:
    void exportRequested();

private:
    void refreshList();

    std::shared_ptr<const Analysis> m_analysis;
    BriefingPack m_pack;
    QLineEdit *m_title;
    QLineEdit *m_organisation;
    QLineEdit *m_author;
    QListWidget *m_figures;
};
