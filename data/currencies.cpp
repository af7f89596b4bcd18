#include "currencies.h"

namespace {

// Display currencies first, in the order they are offered.
constexpr CurrencyInfo kCurrencies[] = {
    {"USD", u"$", u"ドル", true},
    {"JPY", u"¥", u"円", true},
    {"EUR", u"€", u"ユーロ", true},
    {"GBP", u"£", u"ポンド"},
    {"CNY", u"CN¥", u"元"},
    {"INR", u"₹", u"ルピー"},
    {"KRW", u"₩", u"ウォン"},
    {"TWD", nullptr, u"台湾ドル"},
    {"SGD", nullptr, u"シンガポールドル"},
    {"CAD", nullptr, u"カナダドル"},
    {"AUD", nullptr, u"豪ドル"},
    {"CHF", nullptr, u"スイスフラン"},
    {"SEK", nullptr, u"スウェーデンクローナ"},
    {"DKK", nullptr, u"デンマーククローネ"},
    {"NOK", nullptr, u"ノルウェークローネ"},
    {"BRL", nullptr, u"レアル"},
    {"ILS", nullptr, u"シェケル"},
    {"SAR", nullptr, u"サウジアラビアリヤル"},
    {"AED", nullptr, u"UAEディルハム"},
    {"QAR", nullptr, u"カタールリヤル"},
    {"MYR", nullptr, u"リンギット"},
    {"THB", nullptr, u"バーツ"},
    {"NGN", nullptr, u"ナイラ"},
    {"CLP", nullptr, u"チリペソ"},
};

} // namespace

std::span<const CurrencyInfo> currencies()
{
    return kCurrencies;
}

const CurrencyInfo *currencyInfo(QStringView code)
{
    for (const CurrencyInfo &currency : kCurrencies) {
        if (code == QLatin1StringView(currency.code))
            return &currency;
    }
    return nullptr;
}

QStringList displayCurrencies()
{
    QStringList codes;
    for (const CurrencyInfo &currency : kCurrencies) {
        if (currency.displayCurrency)
            codes.append(QLatin1StringView(currency.code));
    }
    return codes;
}
