#pragma once

#include "chartdata.h"
#include "chartview.h"

class QComboBox;

// Countries side by side: committed funding stacked by category, per capita or as a share of GDP, or a
// non-money indicator such as generative-AI use, with its survey named in the note.
class ComparisonChart : public ChartView
{
    Q_OBJECT
public:
    explicit ComparisonChart(QWidget *parent = nullptr);

    void apply(const Analysis &analysis, const Filter &filter) override;
    void setData(const ComparisonData &data);
    const ComparisonData &data() const { return m_data; }

private:
    QComboBox *m_measure;
    QComboBox *m_series;
    ComparisonData m_data;
};
