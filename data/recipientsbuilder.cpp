#include "recipientsbuilder.h"

#include "amountformat.h"
#include "displaytext.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

// Builds one RecipientsData; the members carry what the mode's steps share.
class RecipientsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RecipientsBuilder)

public:
    RecipientsBuilder(const Analysis &analysis, const Filter &filter)
        : m_analysis(analysis), m_dataset(analysis.dataset()), m_filter(filter)
    {
        m_data.dataset.dataset = analysis.sharedDataset();
        m_data.mode = filter.recipientsMode;
        m_data.currency = Analysis::chartCurrency(filter);
    }

    RecipientsData build()
    {
        const QList<const Programme *> shown = m_analysis.programmes(m_filter);
        listProgrammes(shown);
        if (m_filter.recipientsMode == RecipientsMode::Programme)
            buildProgramme(shown);
        else
            buildRanking(shown);
        std::sort(m_data.bars.begin(), m_data.bars.end(), [](const RecipientBar &a, const RecipientBar &b) {
            return a.value != b.value ? a.value > b.value : a.label < b.label;
        });
        return m_data;
    }

private:
    void listProgrammes(const QList<const Programme *> &shown);
    void buildProgramme(const QList<const Programme *> &shown);
    void buildRanking(const QList<const Programme *> &shown);

    const Analysis &m_analysis;
    const Dataset &m_dataset;
    const Filter &m_filter;
    RecipientsData m_data;
};

// The programmes the view can switch to: the selected ones that have allocations.
void RecipientsBuilder::listProgrammes(const QList<const Programme *> &shown)
{
    for (const Programme *p : shown) {
        if (m_dataset.allocationCount(*p) > 0)
            m_data.programmes.append(p);
    }
}

void RecipientsBuilder::buildProgramme(const QList<const Programme *> &shown)
{
    m_data.programmeId = m_analysis.recipientsProgramme(m_filter, shown);
    const Programme *p = m_dataset.programme(m_data.programmeId);
    if (!p)
        return;
    m_data.title = programmeName(*p) + u" — "_s + formatMoney(p->amount);
    appendSourceId(m_data.sourceIds, p->source.sourceId);
    for (const Allocation *a : m_dataset.allocationsOf(p->id)) {
        RecipientBar bar;
        bar.recipientId = a->recipientId;
        bar.label = recipientName(m_analysis, a->recipientId);
        bar.value = m_analysis.convertedValue(a->amount, p->announced.year, m_data.currency);
        if (a->amount.currency == p->amount.currency && p->amount.units > 0)
            bar.share = double(a->amount.units) / double(p->amount.units);
        bar.amountText = amountText(m_analysis, a->amount, p->announced.year, m_filter, true);
        m_data.bars.append(bar);
        appendSourceId(m_data.sourceIds, a->source.sourceId);
    }
    m_analysis.addFxSources(m_data.sourceIds, {p}, m_data.currency);
    m_data.note = tr("Share: each recipient's amount as a share of the programme's announced amount (%1).")
                      .arg(formatMoney(p->amount));
}

void RecipientsBuilder::buildRanking(const QList<const Programme *> &shown)
{
    QHash<QString, RecipientBar> byRecipient;
    QHash<QString, int> programmeCounts;
    QList<const Programme *> contributing;
    for (const Programme *p : shown) {
        if (!countsInTotals(p->status))
            continue;
        const QList<const Allocation *> allocations = m_dataset.allocationsOf(p->id);
        if (allocations.isEmpty())
            continue;
        contributing.append(p);
        for (const Allocation *a : allocations) {
            RecipientBar &bar = byRecipient[a->recipientId];
            bar.recipientId = a->recipientId;
            bar.label = recipientName(m_analysis, a->recipientId);
            bar.value += m_analysis.convertedValue(a->amount, p->announced.year, m_data.currency);
            programmeCounts[a->recipientId] += 1;
            appendSourceId(m_data.sourceIds, a->source.sourceId);
        }
    }
    m_analysis.addFxSources(m_data.sourceIds, contributing, m_data.currency);
    for (RecipientBar bar : std::as_const(byRecipient)) {
        bar.amountText = formatAmountCompact(bar.value, m_data.currency);
        bar.detail = tr("%n programme(s)", nullptr, programmeCounts.value(bar.recipientId));
        m_data.bars.append(bar);
    }
    m_data.title = tr("Recipients ranked across all programmes");
    m_data.note =
        tr("Sum of each recipient's allocations across the selected programmes, at announcement-year "
           "average exchange rates.");
}

RecipientsData buildRecipients(const Analysis &analysis, const Filter &filter)
{
    RecipientsData data = RecipientsBuilder(analysis, filter).build();
    removeRepeatedIds(data.sourceIds);
    return data;
}
