#include "recipientschart.h"

#include "chartstyle.h"
#include "recipientsbuilder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>

using namespace Qt::StringLiterals;

RecipientsChart::RecipientsChart(QWidget *parent)
    : ChartView(parent), m_mode(new QComboBox(this)), m_programme(new QComboBox(this))
{
    m_mode->addItem(tr("One programme"), int(RecipientsMode::Programme));
    m_mode->addItem(tr("All recipients ranked"), int(RecipientsMode::Ranking));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_programme->setMinimumContentsLength(40);
    addLabelledControl(tr("&Show:"), m_mode);
    controls()->addWidget(m_programme, 1);
    controls()->addStretch();

    connect(m_mode, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.recipientsMode = RecipientsMode(m_mode->currentData().toInt()); });
    });
    connect(m_programme, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.programmeId = m_programme->currentData().toString(); });
    });
}

void RecipientsChart::apply(const Analysis &analysis, const Filter &filter)
{
    rememberFilter(filter);
    setData(buildRecipients(analysis, filter));
    m_mode->setCurrentIndex(m_mode->findData(int(filter.recipientsMode)));
    m_programme->clear();
    for (const ProgrammeChoice &choice : std::as_const(m_data.programmes))
        m_programme->addItem(choice.label, choice.id);
    m_programme->setCurrentIndex(m_programme->findData(analysis.recipientsProgramme(filter)));
    m_programme->setVisible(filter.recipientsMode == RecipientsMode::Programme);
}

void RecipientsChart::setData(const RecipientsData &data)
{
    m_data = data;
    clearChart(plot());
    QList<BarRow> rows;
    for (const RecipientBar &bar : std::as_const(m_data.bars)) {
        QString end = bar.amountText;
        if (bar.share >= 0)
            end += u" · "_s + QLocale::c().toString(bar.share * 100, 'f', 1) + u'%';
        if (!bar.detail.isEmpty())
            end += u" · "_s + bar.detail;
        rows.append({bar.label, {bar.value}, end});
    }
    drawHorizontalBars(plot(), rows, {tr("Allocated")}, QSharedPointer<MoneyAxisTicker>::create(m_data.currency),
                       tr("Allocated (%1)").arg(m_data.currency), greyscale());
    setFigure(m_data.title.isEmpty() ? tr("No programme with named recipients matches the filters") : m_data.title,
              m_data.note, m_data.sourceIds);
    plot()->replot(QCustomPlot::rpQueuedReplot);
}
