#pragma once

#include "chartdata.h"
#include "chartview.h"

class QComboBox;

// Who received the money: one programme's recipients as ranked bars with amounts and shares of the
// programme, or every recipient ranked across the selected programmes.
class RecipientsChart : public ChartView
{
    Q_OBJECT
public:
    explicit RecipientsChart(QWidget *parent = nullptr);

    void apply(const Analysis &analysis, const Filter &filter) override;
    void setData(const RecipientsData &data);
    const RecipientsData &data() const { return m_data; }

private:
    QComboBox *m_mode;
    QComboBox *m_programme;
    RecipientsData m_data;
};
