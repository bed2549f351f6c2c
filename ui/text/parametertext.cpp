#include "parametertext.h"

#include "translation.h"

#include <QCoreApplication>

namespace capex::ui {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("capex::ui", text, disambiguation);
}

} // namespace

QString parameterLabel(const std::string &name, const Dataset *dataset)
{
    static const std::string growth = "capex_growth.";
    if (name.rfind(growth, 0) == 0) {
        const std::string id = name.substr(growth.size());
        const Entity *e = dataset ? dataset->entity(id) : nullptr;
        return tr("Capex growth: %1").arg(e ? localized(e->nameEn, e->nameZh) : QString::fromStdString(id));
    }
    if (name == "t0") return tr("Base year");
    if (name == "horizon") return tr("Horizon");
    if (name == "cost_decline") return tr("Cost decline per year");
    if (name == "hw_gain") return tr("GPU price-performance gain");
    if (name == "algo_gain") return tr("Algorithmic efficiency gain");
    if (name == "elasticity") return tr("Demand elasticity");
    if (name == "demand_growth") return tr("Adoption growth");
    if (name == "shock_factor") return tr("Price shock factor");
    if (name == "shock_year") return tr("Shock year");
    if (name == "base_fleet") return tr("Base fleet");
    if (name == "h100e_price") return tr("Cost of one H100e");
    if (name == "useful_life") return tr("GPU useful life");
    if (name == "accel_share") return tr("Accelerator share of AI capex");
    if (name == "capex_cap_share") return tr("Capex ceiling, share of GDP");
    if (name == "world_gdp_usd") return tr("World GDP");
    if (name == "gdp_growth") return tr("GDP growth");
    if (name == "ai_share") return tr("AI share of capex");
    if (name == "plan_long_run_growth") return tr("Long-run capex growth");
    if (name == "plan_fade_years") return tr("Years to fade to it");
    if (name == "kw_per_h100e") return tr("Power per H100e");
    if (name == "ppw_gain") return tr("Performance-per-watt gain");
    if (name == "power_cap_gw") return tr("Power ceiling");
    if (name == "power_cap_growth") return tr("Power ceiling growth");
    return QString::fromStdString(name);
}

double displayScale(const ParameterSpec &spec)
{
    if (shownAsPercent(spec))
        return 100.0;
    if (spec.name == "world_gdp_usd")
        return 1e-12; // trillions
    return 1.0;
}

bool shownAsPercent(const ParameterSpec &spec)
{
    return spec.unit == "fraction" || spec.unit == "share" || spec.name.rfind("capex_growth.", 0) == 0;
}

QString parameterSuffix(const ParameterSpec &spec)
{
    if (shownAsPercent(spec))
        return QStringLiteral(" %");
    if (spec.unit == "x/yr")
        return tr(" × / yr");
    if (spec.unit == "x")
        return QStringLiteral(" ×");
    if (spec.unit == "H100e")
        return QStringLiteral(" H100e");
    if (spec.name == "world_gdp_usd")
        return tr(" trillion USD");
    if (spec.unit == "USD")
        return tr(" USD");
    if (spec.unit == "years")
        return tr(" years");
    if (spec.unit == "kW")
        return QStringLiteral(" kW");
    if (spec.unit == "GW")
        return QStringLiteral(" GW");
    return {};
}

QString parameterValueText(const ParameterSpec &spec, double value)
{
    const NumberFormat format = Translation::instance().format(4);
    if (shownAsPercent(spec))
        return QString::fromStdString(format.percent(value));
    if (spec.unit == "x/yr" || spec.unit == "x")
        return QString::fromStdString(format.factor(value));
    if (spec.unit == "USD")
        return QString::fromStdString(format.money(value, "USD"));
    if (spec.unit == "H100e")
        return QString::fromStdString(format.number(value)) + QStringLiteral(" H100e");
    if (spec.integer)
        return QString::number(static_cast<long long>(value));
    if (spec.unit == "kW" || spec.unit == "GW")
        return QString::fromStdString(format.number(value)) + QLatin1Char(' ') + QString::fromStdString(spec.unit);
    return QString::fromStdString(format.number(value));
}

QString parameterTooltip(const ParameterSpec &spec, const Dataset *dataset)
{
    const QString meaning = localized(spec.descriptionEn, spec.descriptionZh);
    const QString source = localized(spec.sourceEn, spec.sourceZh);
    QString text = QStringLiteral("<b>%1</b><br/>%2").arg(parameterLabel(spec.name, dataset).toHtmlEscaped(),
                                                        meaning.toHtmlEscaped());
    text += QStringLiteral("<br/>") + tr("Default: %1").arg(parameterValueText(spec, spec.defaultValue)).toHtmlEscaped();
    if (!spec.openDomain) {
        text += QStringLiteral("<br/>")
            + tr("Usual range: %1 – %2").arg(parameterValueText(spec, spec.low), parameterValueText(spec, spec.high)).toHtmlEscaped();
        text += QStringLiteral("<br/>") + tr("Accepted: %1").arg(QString::fromStdString(spec.domainText())).toHtmlEscaped();
        if (!spec.inRange(spec.value))
            text += QStringLiteral("<br/><span style=\"color:#B45309\">")
                + tr("The value %1 lies outside the usual range: the slider shows its end, the value is kept exactly.")
                      .arg(parameterValueText(spec, spec.value))
                      .toHtmlEscaped()
                + QStringLiteral("</span>");
    }
    if (!source.isEmpty())
        text += QStringLiteral("<br/><i>") + tr("Source: %1").arg(source).toHtmlEscaped() + QStringLiteral("</i>");
    return text;
}

QString scenarioMigrationText(int fromSchema)
{
    Q_UNUSED(fromSchema); // schema 1 is the only older one
    return QCoreApplication::translate("capex::ui::ParameterText",
        "%1 was saved by an earlier version (scenario schema 1) and has been read with the model's version 2: "
        "capex_growth.<company> is now the growth the plan fades from after the guidance (it used to compound "
        "for every year), and the plan follows the guided years first; the saved values are kept as they were.");
}

} // namespace capex::ui

