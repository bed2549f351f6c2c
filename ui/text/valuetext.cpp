#include "valuetext.h"

#include "translation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace capex::ui {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("capex::ui", text, disambiguation);
}

/// "⁻⁶", "¹⁸": an exponent in superscript digits, its minus sign the superscript one.
QString superscript(int exponent)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString text = exponent < 0 ? QString(QChar(u'⁻')) : QString();
    for (const QChar c : QString::number(std::abs(exponent)))
        text += QChar(digits[c.digitValue()]);
    return text;
}

/// `value` with at most three significant digits and no trailing zeros: 2.5, 100, 0.001.
QString shortDecimal(double value, int exponent)
{
    const int decimals = std::max(0, 2 - exponent);
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

} // namespace

namespace {

QString labelText(double value, Language language, bool compact)
{
    if (!std::isfinite(value) || value <= 0)
        return {};
    // Three significant digits: 999,999.7 is written 1,000,000, not 999,999.7 or 1e+06.
    int exponent = static_cast<int>(std::floor(std::log10(value) + 1e-9));
    double rounded = std::round(value / std::pow(10.0, exponent - 2)) * std::pow(10.0, exponent - 2);
    if (rounded >= std::pow(10.0, exponent + 1) * (1 - 1e-12))
        ++exponent;
    const bool chinese = language == Language::Chinese;
    // Beyond the words a reader counts in, a power of ten: 10⁻⁶, 2×10⁻⁸, 10¹⁸. In English from
    // a billion on: "1,000,000,000,000" took a narrow chart's whole axis, and Qt Charts then
    // cut every label of it to "…".
    if (exponent < -3 || exponent >= (compact ? 2 : chinese ? 16 : 9)) {
        const double mantissa = std::round(rounded / std::pow(10.0, exponent) * 100) / 100;
        const QString power = QStringLiteral("10") + superscript(exponent);
        return mantissa == 1 ? power : shortDecimal(mantissa, 0) + QChar(u'×') + power;
    }
    if (exponent < 0)
        return shortDecimal(rounded, exponent);
    if (!chinese)
        return QLocale(QLocale::English, QLocale::UnitedStates).toString(static_cast<qlonglong>(std::llround(rounded)));
    static const struct
    {
        int exponent;
        const char16_t *unit;
    } units[] = {{12, u"万亿"}, {8, u"亿"}, {4, u"万"}};
    for (const auto &unit : units)
        if (exponent >= unit.exponent)
            return shortDecimal(rounded / std::pow(10.0, unit.exponent), exponent - unit.exponent)
                + QString::fromUtf16(unit.unit);
    return shortDecimal(rounded, exponent);
}

} // namespace

QString logAxisLabelText(double value, Language language) { return labelText(value, language, false); }

QString compactLogAxisLabelText(double value, Language language) { return labelText(value, language, true); }

QString logAxisLabelText(double value) { return logAxisLabelText(value, Translation::instance().language()); }

QString valueText(double value, const Observation &o, int significantDigits)
{
    const NumberFormat format = Translation::instance().format(significantDigits);
    std::string text;
    if (!o.currency.empty())
        text = format.money(value, o.currency);
    else if (o.unit.rfind("fraction", 0) == 0)
        text = format.percent(value);
    else if (o.unit == "x/yr" || o.unit == "x")
        text = format.factor(value);
    else
        text = format.number(value);
    return QString::fromStdString(text);
}

QString periodText(const Period &period)
{
    const bool chinese = Translation::instance().language() == Language::Chinese;
    const QLocale locale
        = chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates);
    const QString year = QString::number(period.year);
    switch (period.type) {
    case Period::Type::Year:
    case Period::Type::FiscalYear:
    case Period::Type::Date: break;
    case Period::Type::Quarter: {
        const int quarter = period.quarter;
        return tr("%1 Q%2", "calendar quarter: %1 the year, %2 the quarter").arg(year).arg(quarter);
    }
    case Period::Type::FiscalQuarter: {
        const int quarter = period.quarter;
        // "Jun" / "6月": the month the fiscal year ends in tells companies' fiscal years apart.
        const QString endMonth = locale.monthName(period.month, QLocale::ShortFormat);
        return tr("FY%1 Q%2 (%3)", "fiscal quarter: %1 the year the fiscal year ends in, %2 the quarter, %3 the "
                                   "month the fiscal year ends in")
            .arg(year)
            .arg(quarter)
            .arg(endMonth);
    }
    case Period::Type::Month: {
        const QString month = locale.monthName(period.month, chinese ? QLocale::ShortFormat : QLocale::LongFormat);
        return tr("%2 %1", "calendar month: %1 the year, %2 the month's name").arg(year, month);
    }
    }
    return QString::fromStdString(period.toString());
}

QString valueWithRangeText(const Observation &o)
{
    if (o.isStatement())
        return tr("No figure: guidance in words");
    const QString dash = QStringLiteral(" – ");
    QString range;
    if (o.low && o.high)
        range = valueText(*o.low, o) + dash + valueText(*o.high, o);
    if (o.value && !range.isEmpty())
        return tr("%1 (range %2)").arg(valueText(*o.value, o), range);
    if (o.value)
        return valueText(*o.value, o);
    return range.isEmpty() ? valueText(*o.centralValue(), o) : range;
}

QString unitText(const std::string &unit)
{
    if (unit == "GPU-hours")
        return tr("GPU-hours");
    if (unit == "fraction/yr")
        return tr("per year", "unit of a rate");
    if (unit == "x/yr")
        return tr("× per year");
    if (unit == "days")
        return tr("days");
    if (unit == "months")
        return tr("months");
    if (unit == "years")
        return tr("years");
    if (unit == "people")
        return tr("people");
    if (unit == "count")
        return tr("count");
    if (unit == "fraction")
        return tr("share");
    if (unit == "ratio")
        return tr("ratio");
    if (unit == "USD")
        return tr("US dollars");
    if (unit == "CNY")
        return tr("renminbi");
    if (unit == "HKD")
        return tr("Hong Kong dollars");
    return QString::fromStdString(unit); // H100e, GPU, EFLOPS, MW: the same in both languages
}

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Actual: return tr("Actual");
    case Kind::Guidance: return tr("Guidance");
    case Kind::Estimate: return tr("Estimate");
    case Kind::Forecast: return tr("Forecast");
    case Kind::Curve: return tr("Trend", "kind of figure: a rate of change");
    case Kind::Fact: return tr("Fact");
    }
    return {};
}

QString gradeText(Grade grade)
{
    switch (grade) {
    case Grade::Reported: return tr("Reported", "evidence grade");
    case Grade::Estimate: return tr("Analyst estimate", "evidence grade");
    case Grade::Media: return tr("Media report", "evidence grade");
    }
    return {};
}

} // namespace capex::ui
