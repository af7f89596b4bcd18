#include "filterpanel.h"

#include "currencies.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent), m_countries(new QListWidget(this)), m_from(new QSpinBox(this)),
      m_to(new QSpinBox(this)), m_category(new QComboBox(this)), m_currency(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *countriesLabel = new QLabel(tr("&Countries (none ticked = all)"), this);
    countriesLabel->setBuddy(m_countries);
    layout->addWidget(countriesLabel);
    m_countries->setObjectName(QStringLiteral("countries"));
    layout->addWidget(m_countries, 1);
    auto *clear = new QPushButton(tr("Clear countries"), this);
    layout->addWidget(clear);

    auto *form = new QFormLayout;
    for (QSpinBox *year : {m_from, m_to})
        year->setAccelerated(true);
    // Named so tests (and later, saved layouts) can find each control.
    m_from->setObjectName(QStringLiteral("fromYear"));
    m_to->setObjectName(QStringLiteral("toYear"));
    m_category->setObjectName(QStringLiteral("category"));
    m_currency->setObjectName(QStringLiteral("currency"));
    form->addRow(tr("&From year"), m_from);
    form->addRow(tr("&To year"), m_to);
    m_category->addItem(tr("All categories"), QString());
    for (Category category : allEnumValues<Category>())
        m_category->addItem(label(category), enumKey(category));
    form->addRow(tr("C&ategory"), m_category);
    for (const QString &code : displayCurrencies())
        m_currency->addItem(code, code);
    m_currency->addItem(tr("As announced"), QString());
    form->addRow(tr("C&urrency"), m_currency);
    layout->addLayout(form);

    auto *funding = new QGroupBox(tr("Funding types"), this);
    auto *fundingLayout = new QVBoxLayout(funding);
    for (FundingType type : allEnumValues<FundingType>()) {
        auto *box = new QCheckBox(label(type), funding);
        box->setObjectName(QStringLiteral("funding-") + enumKey(type));
        fundingLayout->addWidget(box);
        m_funding.append({type, box});
        connect(box, &QCheckBox::toggled, this, &FilterPanel::readControls);
    }
    layout->addWidget(funding);

    connect(m_countries, &QListWidget::itemChanged, this, &FilterPanel::readControls);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_updating = true;
        for (int i = 0; i < m_countries->count(); ++i)
            m_countries->item(i)->setCheckState(Qt::Unchecked);
        m_updating = false;
        readControls();
    });
    connect(m_from, &QSpinBox::valueChanged, this, &FilterPanel::readControls);
    connect(m_to, &QSpinBox::valueChanged, this, &FilterPanel::readControls);
    connect(m_category, &QComboBox::currentIndexChanged, this, &FilterPanel::readControls);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &FilterPanel::readControls);
}

void FilterPanel::setCountries(const QList<std::pair<QString, QString>> &countries)
{
    m_updating = true;
    m_countries->clear();
    for (const auto &[code, name] : countries) {
        auto *item = new QListWidgetItem(name, m_countries);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_filter.countries.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

void FilterPanel::setYearRange(int first, int last)
{
    m_updating = true;
    for (QSpinBox *year : {m_from, m_to})
        year->setRange(first, last);
    m_updating = false;
}

void FilterPanel::setFilter(const Filter &filter)
{
    m_updating = true;
    m_filter = filter;
    for (int i = 0; i < m_countries->count(); ++i) {
        QListWidgetItem *item = m_countries->item(i);
        item->setCheckState(filter.countries.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
    m_from->setValue(filter.fromYear);
    m_to->setValue(filter.toYear);
    m_category->setCurrentIndex(
        m_category->findData(filter.category ? enumKey(*filter.category) : QString()));
    for (const auto &[type, box] : std::as_const(m_funding))
        box->setChecked(filter.funding.contains(type));
    m_currency->setCurrentIndex(m_currency->findData(filter.currency));
    m_updating = false;
}

void FilterPanel::readControls()
{
    if (m_updating)
        return;
    Filter edited = m_filter;
    edited.countries.clear();
    for (int i = 0; i < m_countries->count(); ++i) {
        if (m_countries->item(i)->checkState() == Qt::Checked)
            edited.countries.append(m_countries->item(i)->data(Qt::UserRole).toString());
    }
    edited.fromYear = std::min(m_from->value(), m_to->value());
    edited.toYear = std::max(m_from->value(), m_to->value());
    edited.category = enumFromKey<Category>(m_category->currentData().toString());
    edited.funding.clear();
    for (const auto &[type, box] : std::as_const(m_funding)) {
        if (box->isChecked())
            edited.funding.insert(type);
    }
    edited.currency = m_currency->currentData().toString();
    if (!(edited == m_filter)) {
        m_filter = edited;
        emit filterEdited(edited);
    }
}
