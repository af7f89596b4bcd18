#pragma once

#include <QString>

#include <string_view>

// A QString's characters as a standard string view, for std::unordered_map keys looked up many thousand
// times: QHash<QString> hashes with SipHash on a processor without AES instructions, the standard library's
// hash of a few characters is several times quicker. The view is valid while the string is unchanged.
inline std::u16string_view utf16View(const QString &text)
{
    return {reinterpret_cast<const char16_t *>(text.constData()), std::size_t(text.size())};
}
