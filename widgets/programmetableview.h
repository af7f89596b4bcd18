#pragma once

#include "figureview.h"

class DetailPane;
class ProgrammeFilterProxy;
class ProgrammeTableModel;
class QLineEdit;
class QTableView;

// Every programme under the shared filters, searchable and sortable, with the selected programme's
// details and source beside it.
class ProgrammeTableView : public FigureView
{
    Q_OBJECT
public:
    explicit ProgrammeTableView(std::shared_ptr<const Analysis> analysis, QWidget *parent = nullptr);

    void apply(const Filter &filter) override;
    Figure figure() const override;
    QTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }

private:
    void showSelected();

    ProgrammeTableModel *m_model;
    ProgrammeFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    DetailPane *m_detail;
};
