#pragma once

#include "analysis.h"
#include "filter.h"

#include <QStringList>
#include <QWidget>

class QCustomPlot;
class QHBoxLayout;
class QLabel;

// A chart page: view-specific controls and the figure title above a QCustomPlot it owns, the method note
// (conversion, annualisation, survey) below it. apply() draws what a filter
// selects; the GUI and the command-line export both call it, so they render the same chart. A control the
// user changes is reported as an edited copy of the filter, and the owner decides whether to apply it.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    virtual void apply(const Analysis &analysis, const Filter &filter) = 0;

    QCustomPlot *plot() const { return m_plot; }
    // Draws series in greys, patterns and marker shapes instead of colour; takes effect at the next apply().
    void setGreyscale(bool greyscale) { m_greyscale = greyscale; }
    bool greyscale() const { return m_greyscale; }
    // Figure furniture for pages and exports.
    QString title() const { return m_title; }
    QString note() const { return m_note; }
    QStringList sourceIds() const { return m_sourceIds; }
    QString warning() const { return m_warning; }

signals:
    void filterEdited(const Filter &filter);

protected:
    void setFigure(const QString &title, const QString &note, const QStringList &sourceIds,
                   const QString &warning = {});
    QHBoxLayout *controls() const { return m_controls; }
    // Adds a control to the row above the chart, with a label whose mnemonic focuses it.
    void addLabelledControl(const QString &label, QWidget *control);
    // Emits filterEdited with one change applied to the filter last shown.
    template <typename Edit> void editFilter(Edit edit)
    {
        Filter edited = m_filter;
        edit(edited);
        if (!(edited == m_filter))
            emit filterEdited(edited);
    }
    void rememberFilter(const Filter &filter) { m_filter = filter; }

private:
    QCustomPlot *m_plot;
    QHBoxLayout *m_controls;
    QLabel *m_titleLabel;
    QLabel *m_warningLabel;
    QLabel *m_noteLabel;
    Filter m_filter;
    QString m_title;
    QString m_note;
    QStringList m_sourceIds;
    QString m_warning;
    bool m_greyscale = false;
};
