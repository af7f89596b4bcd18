#include "programmedetail.h"

#include "amountformat.h"
#include "displaytext.h"
#include "japanesename.h"
#include "language.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// Builds one ProgrammeDetail, a group of fields per step; empty values are left out.
class ProgrammeDetailBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeDetailBuilder)

public:
    ProgrammeDetailBuilder(const Analysis &analysis, const Programme &programme, const Filter &filter)
        : m_analysis(analysis), m_dataset(analysis.dataset()), m_p(programme), m_filter(filter)
    {
    }

    ProgrammeDetail build()
    {
        m_detail.title = programmeName(m_p);
        // A Japanese name the dataset translated is marked where it stands in for an official one.
        if (displayLanguage() == Language::Japanese && !m_p.nameJa.isEmpty() &&
            isTranslatedName(m_p.nameJaSource))
            m_detail.title += tr(" (translation)");
        addFacts();
        addRelations();
        addMilestones();
        addRecipientsAndSource();
        addDisputes();
        return m_detail;
    }

private:
    void add(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            m_detail.fields.append({label, value});
    }
    void addFacts();
    void addConversions();
    void addRelations();
    void addOverlap(QStringList &into, const Overlap *overlap, const QString &otherId) const;
    // "Foundation model support (about ¥1 trillion)": how a related programme is named in the pane.
    QString withAmount(const Programme &other) const
    {
        return programmeName(other) + u" ("_s + formatMoney(other.amount) + u')';
    }
    void addMilestones();
    void addRecipientsAndSource();
    void addDisputes();

    const Analysis &m_analysis;
    const Dataset &m_dataset;
    const Programme &m_p;
    const Filter &m_filter;
    ProgrammeDetail m_detail;
};

void ProgrammeDetailBuilder::addFacts()
{
    if (const ProgrammeImport *imported = m_dataset.importOf(m_p))
        add(tr("Imported"), importedFromText(*imported));
    const bool japanese = displayLanguage() == Language::Japanese;
    add(japanese ? tr("English name") : tr("Japanese name"), japanese ? m_p.nameEn : m_p.nameJa);
    if (!m_p.nameJa.isEmpty() && !m_p.nameJaSource.isEmpty()) {
        add(tr("Japanese name from"),
            isTranslatedName(m_p.nameJaSource)
                ? tr("a translation made for this dataset; no Japanese source read names it")
                : shortCitation(m_analysis.dataset(), m_p.nameJaSource));
    }
    add(tr("Country"), countryName(m_analysis, m_p.countryCode));
    // A body's Japanese name the dataset translated is marked like a programme's.
    const bool translatedBody = japanese && !m_p.bodyJa.isEmpty() && isTranslatedName(m_p.bodyJaSource);
    add(tr("Announced by"), bodyName(m_p) + (translatedBody ? tr(" (translation)") : QString()));
    add(tr("Announced"), formatPartialDate(m_p.announced));
    add(tr("Amount as announced"), formatMoney(m_p.amount));
    addConversions();
    add(tr("Period"), formatPeriod(m_p.startYear, m_p.endYear));
    add(tr("Status"), label(m_p.status));
    add(tr("Category"), label(m_p.category));
    add(tr("Funding type"), label(m_p.funding));
}

// The figure in US dollars, and in the display currency when that is another one.
void ProgrammeDetailBuilder::addConversions()
{
    QStringList currencies{u"USD"_s};
    if (!m_filter.currency.isEmpty() && m_filter.currency != u"USD")
        currencies.append(m_filter.currency);
    for (const QString &currency : std::as_const(currencies)) {
        if (currency == m_p.amount.currency)
            continue;
        if (const auto converted = m_analysis.convert(m_p.amount, m_p.announced.year, currency)) {
            add(tr("In %1").arg(currency),
                formatAmount(converted->value, currency, m_p.amount.qualifier) +
                    tr(" (%1 average rate%2)")
                        .arg(converted->rateYear)
                        .arg(converted->rateFallback ? tr(", nearest year available") : QString()));
        }
    }
}

void ProgrammeDetailBuilder::addRelations()
{
    if (const Programme *parent = m_dataset.programme(m_p.parentId))
        add(tr("Part of"), withAmount(*parent));
    QStringList components;
    for (const Programme *component : m_dataset.componentsOf(m_p.id))
        components.append(withAmount(*component));
    add(tr("Components"), components.join(u'\n'));
    QStringList alsoPartOf;
    for (const Overlap *overlap : m_dataset.overlapsOf(m_p.id))
        addOverlap(alsoPartOf, overlap, overlap->partOfId);
    add(tr("Also part of (counted once)"), alsoPartOf.join(u'\n'));
    QStringList alsoContains;
    for (const Overlap *overlap : m_dataset.overlapsInto(m_p.id))
        addOverlap(alsoContains, overlap, overlap->programmeId);
    add(tr("Also contains (counted once)"), alsoContains.join(u'\n'));
}

// Overlaps: the same money in a second umbrella, with the source that says so. A link to a programme a
// hand-edited database lacks is skipped rather than followed.
void ProgrammeDetailBuilder::addOverlap(QStringList &into, const Overlap *overlap,
                                        const QString &otherId) const
{
    const Programme *other = m_dataset.programme(otherId);
    if (!other)
        return;
    QString text = withAmount(*other) + u'\n' +
                   shortCitation(m_analysis.dataset(), overlap->source.sourceId) + u": “"_s +
                   overlap->source.quote + u'”';
    if (!overlap->note.isEmpty())
        text += u'\n' + overlap->note;
    into.append(text);
}

// Beside the amount announced, what sources say had been appropriated, awarded or paid by when: one field
// per stage and date, the figure with its conversion, source and sentence.
void ProgrammeDetailBuilder::addMilestones()
{
    for (const Milestone *milestone : m_dataset.milestonesOf(m_p.id)) {
        // Converted at the rates of its own date's year, like every dated figure.
        QStringList parts{amountText(m_analysis, milestone->amount, milestone->date.year, m_filter)};
        parts.append(shortCitation(m_analysis.dataset(), milestone->source.sourceId));
        parts.append(u'“' + milestone->source.quote + u'”');
        if (!milestone->note.isEmpty())
            parts.append(milestone->note);
        add(tr("%1 by %2").arg(label(milestone->stage), formatPartialDate(milestone->date)),
            parts.join(u'\n'));
    }
}

void ProgrammeDetailBuilder::addRecipientsAndSource()
{
    QStringList recipients;
    for (const Allocation *a : m_dataset.allocationsOf(m_p.id))
        recipients.append(recipientName(m_analysis, a->recipientId) + u": "_s + formatMoney(a->amount));
    add(tr("Recipients"), recipients.join(u'\n'));
    add(tr("Notes"), m_p.notes);
    if (const Source *source = m_dataset.source(m_p.source.sourceId)) {
        add(tr("Source"), source->publisher + u'\n' + source->title);
        add(tr("Published"),
            source->published.isValid() ? formatPartialDate(source->published) : tr("undated"));
        add(tr("URL"), source->url);
        add(tr("Quoted"), u'“' + m_p.source.quote + u'”');
    }
}

void ProgrammeDetailBuilder::addDisputes()
{
    for (const Dispute *dispute : m_dataset.disputesOf(m_p.id)) {
        QStringList parts;
        if (dispute->alternativeAmount)
            parts.append(formatMoney(*dispute->alternativeAmount));
        if (dispute->alternativeDate)
            parts.append(formatPartialDate(*dispute->alternativeDate));
        if (const Source *source = m_dataset.source(dispute->source.sourceId))
            parts.append(shortCitation(m_analysis.dataset(), source->id) + u'\n' + source->url);
        parts.append(u'“' + dispute->source.quote + u'”');
        if (!dispute->note.isEmpty())
            parts.append(dispute->note);
        add(tr("Disputed: another source says"), parts.join(u'\n'));
    }
}

ProgrammeDetail programmeDetail(const Analysis &analysis, const QString &programmeId, const Filter &filter)
{
    const Programme *programme = analysis.dataset().programme(programmeId);
    if (!programme)
        return {};
    return ProgrammeDetailBuilder(analysis, *programme, filter).build();
}
