#pragma once

#include "figureview.h"

#include <QByteArray>

class DetailPane;
class ProgrammeFilterProxy;
class ProgrammeTableModel;
class QAction;
class QLineEdit;
class QMenu;
class QTableView;

// Every programme under the shared filters, searchable and sortable, with the current programme's details
// and source beside it. Works like a spreadsheet: columns resize, move and hide from the header's menu;
// the selected rows copy as tab-separated text.
class ProgrammeTableView : public FigureView
{
    Q_OBJECT
public:
    explicit ProgrammeTableView(std::shared_ptr<const Analysis> analysis, QWidget *parent = nullptr);

    Figure figure() const override;
    QTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }

    // Copy Rows: the selected rows to the clipboard. Its shortcut (QKeySequence::Copy) works while the
    // table has focus, so it never takes Ctrl+C from a text field; the owner may also put it in a menu.
    QAction *copyRowsAction() const { return m_copyRows; }
    // The selected rows as tab-separated text with a header row, in view order and visible column order.
    QString selectedRowsText() const;
    void copySelectedRows() const;
    // Makes this programme the current row, scrolled into view; false when the filter or search hides it.
    bool selectProgramme(const QString &programmeId);
    // Moves the keyboard focus to the search field and selects its text.
    void focusSearch();
    // The header's menu: a checkable entry per column to show or hide it, and one to reset the layout.
    // The caller owns the menu.
    QMenu *createColumnsMenu(QWidget *parent);
    // Column order, widths, hidden columns and sorting, to keep between sessions.
    QByteArray columnState() const;
    bool restoreColumnState(const QByteArray &state);

protected:
    void refresh() override;
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void fitColumns();

    ProgrammeTableModel *m_model;
    ProgrammeFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    DetailPane *m_detail;
    QAction *m_copyRows;
    QByteArray m_defaultColumnState;
    bool m_columnsLaidOut = false; // fitted to the rows, or restored from a saved layout
};
