#pragma once

#include "analysis.h"
#include "figure.h"
#include "filter.h"

#include <QWidget>

#include <memory>

class QThreadPool;

// The threads that build, sort and free what views show off the UI thread, one core fewer than the machine
// has: with both cores of a two-core machine building, the window stalled for a second in a filter change
// (bench_views' windowLongestFreeze); with a core left to the UI thread it does not.
QThreadPool *figureWorkers();

// One tab of the main window: the dataset under the shared filter, as a chart or a table. Every view takes
// the same apply(filter). Print and export never read a view: they build their own figure for the filter.
// A control the user changes is reported as an edited copy of the filter; the owner decides whether to
// apply it.
class FigureView : public QWidget
{
    Q_OBJECT
public:
    FigureView(ViewKind kind, std::shared_ptr<const Analysis> analysis, QWidget *parent = nullptr);

    ViewKind kind() const { return m_kind; }
    // Shows what `filter` selects: now, or when the view is next shown if it defers while hidden.
    void apply(const Filter &filter);
    // Leaves the work of apply() to when the view is next shown, while it is hidden (a tab not in front).
    void setDeferredWhileHidden(bool deferred) { m_deferredWhileHidden = deferred; }
    // The figure of what this view shows: the one built at the last apply() (a chart) or built now for the
    // filter last applied (the Table).
    virtual Figure figure() const = 0;
    // Greys, patterns and marker shapes instead of colour on screen; takes effect at the next apply().
    void setGreyscale(bool greyscale) { m_greyscale = greyscale; }
    bool greyscale() const { return m_greyscale; }

signals:
    void filterEdited(const Filter &filter);
    // The user asked to see this programme's details (in the Table).
    void programmeChosen(const QString &programmeId);
    // The user selected this programme in the view; other views may follow without taking the focus.
    void programmeSelected(const QString &programmeId);

protected:
    // Brings what the view shows in line with shownFilter().
    virtual void refresh() = 0;
    // An apply() waits for the view to be shown.
    bool isStale() const { return m_stale; }
    bool defersWhileHidden() const { return m_deferredWhileHidden; }
    // Does the work an apply() left for later, for a caller that needs the view's current state now.
    void refreshIfStale();
    void showEvent(QShowEvent *event) override;
    const Analysis &analysis() const { return *m_analysis; }
    const std::shared_ptr<const Analysis> &sharedAnalysis() const { return m_analysis; }
    // The filter last applied.
    const Filter &shownFilter() const { return m_filter; }
    // Emits filterEdited with one change applied to the filter last shown.
    template <typename Edit> void editFilter(Edit edit)
    {
        Filter edited = m_filter;
        edit(edited);
        if (!(edited == m_filter))
            emit filterEdited(edited);
    }

private:
    ViewKind m_kind;
    std::shared_ptr<const Analysis> m_analysis;
    Filter m_filter;
    bool m_greyscale = false;
    bool m_deferredWhileHidden = false;
    bool m_stale = false;
};
