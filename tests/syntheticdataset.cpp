#include "syntheticdataset.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// An id of copy `copy`; the first copy keeps the original.
QString copyId(const QString &id, int copy)
{
    return id.isEmpty() || copy == 0 ? id : id + u'~' + QString::number(copy);
}

Money scaled(Money money, double factor)
{
    money.units = qint64(double(money.units) * factor);
    return money;
}

} // namespace

Dataset syntheticDataset(const Dataset &base, int factor, quint32 seed)
{
    DatasetTables tables = base;
    tables.programmes.clear();
    tables.recipients.clear();
    tables.allocations.clear();
    tables.events.clear();
    tables.disputes.clear();
    tables.milestones.clear();
    tables.overlaps.clear();
    QRandomGenerator random(seed);
    for (int copy = 0; copy < factor; ++copy) {
        QHash<QString, double> variation; // by the original programme id
        for (Programme programme : base.programmes) {
            const double by = copy == 0 ? 1.0 : 0.5 + random.generateDouble();
            variation.insert(programme.id, by);
            programme.id = copyId(programme.id, copy);
            programme.parentId = copyId(programme.parentId, copy);
            programme.amount = scaled(programme.amount, by);
            tables.programmes.append(programme);
        }
        for (Recipient recipient : base.recipients) {
            recipient.id = copyId(recipient.id, copy);
            tables.recipients.append(recipient);
        }
        for (Allocation allocation : base.allocations) {
            allocation.amount = scaled(allocation.amount, variation.value(allocation.programmeId));
            allocation.programmeId = copyId(allocation.programmeId, copy);
            allocation.recipientId = copyId(allocation.recipientId, copy);
            tables.allocations.append(allocation);
        }
        for (TimelineEvent event : base.events) {
            event.id = copyId(event.id, copy);
            tables.events.append(event);
        }
        for (Dispute dispute : base.disputes) {
            if (dispute.alternativeAmount)
                dispute.alternativeAmount =
                    scaled(*dispute.alternativeAmount, variation.value(dispute.programmeId));
            dispute.programmeId = copyId(dispute.programmeId, copy);
            tables.disputes.append(dispute);
        }
        for (Milestone milestone : base.milestones) {
            milestone.amount = scaled(milestone.amount, variation.value(milestone.programmeId));
            milestone.programmeId = copyId(milestone.programmeId, copy);
            tables.milestones.append(milestone);
        }
        for (Overlap overlap : base.overlaps) {
            overlap.programmeId = copyId(overlap.programmeId, copy);
            overlap.partOfId = copyId(overlap.partOfId, copy);
            tables.overlaps.append(overlap);
        }
    }
    return Dataset(std::move(tables));
}
