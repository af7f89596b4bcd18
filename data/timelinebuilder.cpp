#include "timelinebuilder.h"

#include "amountformat.h"
#include "displaytext.h"
#include "language.h"
#include "seriescolours.h"
#include "stringhash.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxStacks = 10;
constexpr qsizetype kColouredCountries = 8; // markers of the rest share the grey of "Other countries"
const QString kOthersKey = u"others"_s;     // the stack the smallest groups fold into

} // namespace

// Builds one TimelineData; the members carry what the mode's steps share.
class TimelineBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TimelineBuilder)

public:
    TimelineBuilder(const Analysis &analysis, const Filter &filter)
        : m_analysis(analysis), m_filter(filter), m_countryTotals(std::size_t(analysis.countryCodes().size()))
    {
        m_data.dataset.dataset = analysis.sharedDataset();
        m_data.mode = filter.timelineMode;
        m_data.currency = Analysis::chartCurrency(filter);
        m_data.fromYear = filter.fromYear;
        m_data.toYear = filter.toYear;
    }

    TimelineData build()
    {
        if (m_filter.timelineMode == TimelineMode::Announcements)
            buildAnnouncements();
        else
            buildAnnualised();
        StringHash<double> countryTotals;
        for (std::size_t country = 0; country < m_countryTotals.size(); ++country) {
            if (m_countryTotals[country])
                countryTotals.emplace(m_analysis.countryCodes().at(qsizetype(country)),
                                      *m_countryTotals[country]);
        }
        m_data.countryOrder = keysByTotal(countryTotals);
        m_data.countryColours = countrySlots(m_analysis, m_data.countryOrder.mid(0, kColouredCountries));
        for (const QString &code : std::as_const(m_data.countryOrder))
            m_data.countryNames.insert(code, countryName(m_analysis, code));
        return m_data;
    }

private:
    using YearTotals = std::map<int, StringHash<double>>;
    // A group's total in a year, or 0 when it had no money that year.
    static double totalIn(const YearTotals &byYear, int year, const QString &group)
    {
        const auto groups = byYear.find(year);
        if (groups == byYear.end())
            return 0;
        const auto found = groups->second.find(group);
        return found == groups->second.end() ? 0 : found->second;
    }

    void addToCountry(int country, double value)
    {
        std::optional<double> &total = m_countryTotals[std::size_t(country)];
        total = total.value_or(0) + value;
    }
    void buildAnnouncements();
    void addMilestones();
    void addEvents();
    void buildAnnualised();
    void stackGroups(const YearTotals &byYear, const StringHash<double> &groupTotals,
                     const StringHash<QString> &groupLabels);
    void colourStacks();

    const Analysis &m_analysis;
    const Filter &m_filter;
    TimelineData m_data;
    // By country number (Analysis::countryCodes()): the legend's countries and their totals; none for a
    // country the chart does not list.
    std::vector<std::optional<double>> m_countryTotals;
};

void TimelineBuilder::buildAnnouncements()
{
    const QList<const Programme *> shown = m_analysis.programmes(m_filter);
    m_data.points.reserve(shown.size());
    QList<const Programme *> plotted;
    plotted.reserve(shown.size());
    const CurrencyTarget target = m_analysis.converter().target(m_data.currency);
    for (const Programme *p : shown) {
        const auto converted = m_analysis.convertProgramme(*p, target);
        if (!converted)
            continue;
        plotted.append(p);
        TimelinePoint &point = m_data.points.emplace_back();
        point.programme = p;
        point.countryCode = p->countryCode;
        point.announced = p->announced;
        point.value = converted->value;
        point.rateYear = converted->rateYear;
        point.labelRank = m_analysis.dataset().labelRank(*p);
        addToCountry(m_analysis.countryNumberOf(*p), converted->value);
    }
    m_analysis.addProgrammeSources(m_data.sourceIds, plotted);
    addMilestones();
    m_analysis.addFxSources(m_data.sourceIds, shown, m_data.currency);
    addEvents();
    m_data.note = tr("Each marker is one programme at its announcement date; amounts at announcement-year "
                     "average exchange rates, logarithmic scale.");
    if (!m_data.milestones.isEmpty())
        m_data.note += u' ' + tr("Squares, triangles and diamonds: what sources say had been appropriated, "
                                 "awarded or paid by a later date, at that year's rates, joined to the "
                                 "programme by a dotted line.");
}

// Walks the milestones, few beside the programmes, rather than asking after each marker's: a lookup per
// marker cost a whole dataset's worth of hashing on every timeline at scale.
void TimelineBuilder::addMilestones()
{
    const Dataset &dataset = m_analysis.dataset();
    if (dataset.milestones.isEmpty())
        return;
    std::vector<qsizetype> pointOf(std::size_t(dataset.programmes.size()), -1); // by programme position
    for (qsizetype i = 0; i < m_data.points.size(); ++i)
        pointOf[dataset.positionOf(*m_data.points.at(i).programme)] = i;
    for (const Milestone &milestone : dataset.milestones) {
        const Programme *p = dataset.programmeOf(milestone);
        const qsizetype point = p ? pointOf[dataset.positionOf(*p)] : -1;
        if (point < 0 || milestone.date.year < m_filter.fromYear || milestone.date.year > m_filter.toYear)
            continue;
        const auto converted = m_analysis.convert(milestone.amount, milestone.date.year, m_data.currency);
        if (!converted)
            continue;
        m_data.milestones.append({&milestone, point, converted->value, converted->rateYear});
    }
    // In the markers' order, each programme's earliest first, as Dataset::milestonesOf() gives them.
    std::stable_sort(m_data.milestones.begin(), m_data.milestones.end(),
                     [](const TimelineMilestone &a, const TimelineMilestone &b) {
                         return std::tie(a.point, a.milestone->date) < std::tie(b.point, b.milestone->date);
                     });
    for (const TimelineMilestone &shown : std::as_const(m_data.milestones))
        appendSourceId(m_data.sourceIds, shown.milestone->source.sourceId);
}

void TimelineBuilder::addEvents()
{
    const QList<const TimelineEvent *> shown = m_analysis.events(m_filter);
    m_data.events = {shown.cbegin(), shown.cend()};
    for (const TimelineEvent *event : shown)
        addToCountry(m_analysis.countryNumberOf(*event), 0); // listed, even without money
    m_analysis.addEventSources(m_data.sourceIds, shown);
}

void TimelineBuilder::buildAnnualised()
{
    const QList<CountedProgramme> counted = m_analysis.countedProgrammes(m_filter);
    const bool byCountry = m_filter.stackBy == StackBy::Country;
    const CurrencyTarget target = m_analysis.converter().target(m_data.currency);
    YearTotals byYear;
    StringHash<double> groupTotals;
    StringHash<QString> groupLabels;
    for (const CountedProgramme &c : counted) {
        const auto value = m_analysis.countedValue(c, target);
        if (!value)
            continue;
        const Programme *p = c.programme;
        const QString group = byCountry ? p->countryCode : enumKey(p->category);
        if (const auto [entry, added] = groupLabels.try_emplace(group); added)
            entry->second = byCountry ? countryName(m_analysis, group) : label(p->category);
        const double perYear = *value / p->durationYears();
        for (int year = p->startYear; year <= p->endYear; ++year)
            byYear[year][group] += perYear;
        groupTotals[group] += *value;
        if (byCountry)
            addToCountry(m_analysis.countryNumberOf(*p), *value);
    }
    m_analysis.addTotalSources(m_data.sourceIds, counted, m_data.currency);
    if (!byYear.empty()) {
        for (int year = byYear.begin()->first; year <= byYear.rbegin()->first; ++year)
            m_data.years.append(year);
    }
    stackGroups(byYear, groupTotals, groupLabels);
    colourStacks();
    m_data.note = tr("Each programme's amount spread evenly over its start to end years; components of an "
                     "umbrella programme are not counted twice; withdrawn money is left out.");
}

// Past kMaxStacks series a chart is unreadable: the smallest groups fold into one "Others" stack.
void TimelineBuilder::stackGroups(const YearTotals &byYear, const StringHash<double> &groupTotals,
                                  const StringHash<QString> &groupLabels)
{
    const QStringList groups = keysByTotal(groupTotals);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const bool fold = groups.size() > kMaxStacks && i >= kMaxStacks - 1;
        if (fold && i > kMaxStacks - 1) {
            for (qsizetype y = 0; y < m_data.years.size(); ++y)
                m_data.stacks.last().values[y] += totalIn(byYear, m_data.years.at(y), groups.at(i));
            continue;
        }
        StackedSeries series{
            fold ? kOthersKey : groups.at(i), fold ? tr("Others") : groupLabels.at(groups.at(i)), {}};
        for (int year : std::as_const(m_data.years))
            series.values.append(totalIn(byYear, year, groups.at(i)));
        m_data.stacks.append(series);
    }
}

// Each stack keeps its country's or category's colour, whatever else is stacked beside it.
void TimelineBuilder::colourStacks()
{
    QStringList countries;
    for (const StackedSeries &series : std::as_const(m_data.stacks)) {
        if (series.key != kOthersKey) // no country: it keeps the others' grey instead of taking a free slot
            countries.append(series.key);
    }
    const QHash<QString, int> countryColours =
        m_filter.stackBy == StackBy::Country ? countrySlots(m_analysis, countries) : QHash<QString, int>();
    for (StackedSeries &series : m_data.stacks) {
        if (const auto category = enumFromKey<Category>(series.key);
            m_filter.stackBy == StackBy::Category && category)
            series.colour = categorySlot(*category);
        else
            series.colour = countryColours.value(series.key, -1);
    }
}

TimelineData buildTimeline(const Analysis &analysis, const Filter &filter)
{
    TimelineData data = TimelineBuilder(analysis, filter).build();
    removeRepeatedIds(data.sourceIds);
    return data;
}

QString compactAmount(const TimelinePoint &point, const QString &currency)
{
    return formatAmountCompact(point.value, currency, point.programme->amount.qualifier);
}

TimelinePointText describePoint(const TimelinePoint &point, const QString &currency)
{
    const Programme &p = *point.programme;
    return {programmeName(p),
            formatMoney(p.amount),
            formatAmount(point.value, currency, p.amount.qualifier) +
                TimelineBuilder::tr(" at %1 average rates").arg(point.rateYear),
            formatPartialDate(p.announced),
            formatPeriod(p.startYear, p.endYear),
            label(p.status)};
}
