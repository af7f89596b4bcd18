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
    explicit RecipientsChart(std::shared_ptr<const Analysis> analysis, QWidget *parent = nullptr);

    const RecipientsData &data() const { return std::get<RecipientsData>(shownFigure().chart); }

protected:
    void syncControls(const Filter &filter) override;

private:
    QComboBox *m_mode;
    QComboBox *m_programme;
    QList<DatasetRow<Programme>> m_shownChoices; // what m_programme lists
};
