#pragma once

#include "observationchart.h"

#include <QStringList>

#include <optional>

namespace capex::ui {

/// Capex per company over the years: actuals solid with markers, guidance as range
/// bars (older revisions fainter), estimates and forecasts hollow and dashed. Fiscal
/// years sit where they end (Microsoft's FY2025 half a year before calendar 2025).
/// Money is converted to the display currency with the stored FX rate of each year.
class CapexChart : public ObservationChart
{
    Q_OBJECT

public:
    explicit CapexChart(QGraphicsItem *parent = nullptr);

    QString chartId() const override { return QStringLiteral("capex"); }

    struct Options
    {
        QStringList companies;
        QString currency = QStringLiteral("USD"); ///< "USD" or "CNY"
        QString metric = QStringLiteral("capex"); ///< "capex" or "ai_capex"
        bool logScale = false;
        bool showEvents = true;
        /// Annual figures; reported quarters; or sums of four consecutive quarters.
        enum class View { Annual, Quarterly, Trailing } view = View::Annual;
        bool operator==(const Options &) const = default;
    };
    /// Sets every option with one rebuild.
    void configure(const Options &options);

    void setCompanies(const QStringList &entityIds);
    const QStringList &companies() const { return m_companies; }
    void setCurrency(const QString &currency); ///< "USD" or "CNY"
    void setLogScale(bool log);
    /// Compact: no kind key and no event labels, for the overview.
    void setCompact(bool compact);
    /// The metric plotted: "capex" (default), "capex_cash" or "ai_capex".
    void setMetric(const QString &metricId);
    void setView(Options::View view);
    /// "annual", "quarterly" or "trailing"; nothing for anything else.
    static std::optional<Options::View> parseView(const QString &name);
    /// "capex", "capex_cash" or "ai_capex".
    static bool isMetric(const QString &metricId);
    Options::View view() const { return m_view; }

    /// The sources, then what each company's figures mean: headline and cash capex are
    /// defined differently by each company and are never mixed in one series.
    QString sourcesFooter() const override;
    /// What `metric` means for `entity` in its own reports, or empty when nothing needs saying.
    static QString definitionText(const QString &entity, const QString &metric);


protected:
    void build() override;

private:
    void buildQuarterly(const Dataset &d);
    Options currentOptions() const { return {m_companies, m_currency, m_metric, m_log, showEvents(), m_view}; }

    QStringList m_companies;
    QString m_currency = QStringLiteral("USD");
    QString m_metric = QStringLiteral("capex");
    bool m_log = false;
    bool m_compact = false;
    Options::View m_view = Options::View::Annual;
    bool m_configured = false; ///< configure() has run once
};

} // namespace capex::ui
