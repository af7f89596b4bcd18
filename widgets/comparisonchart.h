#pragma once

#include "chartdata.h"
#include "chartview.h"

class QComboBox;

// Countries side by side: committed funding stacked by category, per capita or as a share of GDP, or a
// non-money indicator such as generative-AI use, with its survey named in the note; as bars or as a world
// map (MapPlot).
class ComparisonChart : public ChartView
{
    Q_OBJECT
public:
    explicit ComparisonChart(std::shared_ptr<const Analysis> analysis, QWidget *parent = nullptr);

    const ComparisonData &data() const { return std::get<ComparisonData>(shownFigure().chart); }

protected:
    void syncControls(const Filter &filter) override;

private:
    QComboBox *m_display;
    QComboBox *m_measure;
    QComboBox *m_series;
};
