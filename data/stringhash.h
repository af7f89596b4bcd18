#pragma once

#include <QString>

#include <string_view>
#include <unordered_map>
#include <unordered_set>

// Hash containers for strings looked up hundreds of thousands of times while a large dataset loads and
// aggregates: QHash<QString> hashes with SipHash in the Qt this is built on (about a fifth of loading a
// dataset at a thousand times the bundled size), the standard library's hash of the same characters is
// several times quicker.

// A string's characters as a standard string view. The view is valid while the string is unchanged.
inline std::u16string_view utf16View(QStringView text)
{
    return {text.utf16(), std::size_t(text.size())};
}

struct Utf16Hash
{
    // Not noexcept on purpose: libstdc++ then keeps each key's hash in its node, so a growing table rehashes
    // without hashing every string again, and a lookup compares hashes before characters.
    std::size_t operator()(QStringView text) const
    {
        return std::hash<std::u16string_view>{}(utf16View(text));
    }
};

template <typename Value> using StringHash = std::unordered_map<QString, Value, Utf16Hash>;
using StringSet = std::unordered_set<QString, Utf16Hash>;
