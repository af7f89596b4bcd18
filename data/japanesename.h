#pragma once

#include <QLatin1StringView>
#include <QString>

// Where a Japanese name in the dataset comes from, as its *_ja_source column says: empty when the row's own
// source uses it (a Japanese ministry's release names its programme) or, for an announcing body, when it is
// a Japanese body's own name; a source's id when another Japanese source does (JETRO naming a foreign
// programme); or "translation" when no Japanese source was found and the dataset made a faithful
// translation, which the detail pane marks as such.
inline constexpr QLatin1StringView kTranslatedName("translation");

inline bool isTranslatedName(const QString &nameSource)
{
    return nameSource == kTranslatedName;
}
