#pragma once

#include "filter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;

// The shared filters that drive every view: countries, years, category, funding types and display
// currency. It shows a Filter and reports edits as a new Filter; it never applies anything itself.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);

    // Countries to offer, as (code, display name) pairs in display order.
    void setCountries(const QList<std::pair<QString, QString>> &countries);
    // The announcement years the dataset spans, which the year filters offer.
    void setYearRange(int first, int last);
    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }

signals:
    void filterEdited(const Filter &filter);

private:
    void readControls();

    QListWidget *m_countries;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QComboBox *m_category;
    QList<std::pair<FundingType, QCheckBox *>> m_funding;
    QComboBox *m_currency;
    Filter m_filter;
    bool m_updating = false;
};
