#pragma once

#include "guidance.h"
#include "observationchart.h"

#include <QStringList>

#include <vector>

class QXYSeries;

namespace capex::ui {

/// How each company's capex guidance for one calendar year moved, over the dates the
/// statements were made: a step line through the midpoints of its figures, each range shaded
/// until the next statement, statements in words as triangles with the words on hover, and the
/// actual as a filled marker at the date it was reported, joined to the last guidance. Only
/// calendar-year figures: a fiscal year's actual is not the calendar year's.
class GuidanceChart : public ObservationChart
{
    Q_OBJECT

public:
    explicit GuidanceChart(QGraphicsItem *parent = nullptr);

    QString chartId() const override { return QStringLiteral("guidance"); }

    /// The years the tracker offers, and the one it opens on.
    static QList<int> offeredYears() { return {2025, 2026, 2027}; }
    static constexpr int defaultYear = 2026;

    struct Options
    {
        int year = defaultYear;
        QStringList companies;
        QString currency = QStringLiteral("USD"); ///< "USD" or "CNY"
        bool operator==(const Options &) const = default;
    };
    /// Sets every option with one rebuild; none when they are the ones set already (the chart
    /// is rebuilt when its figures change, by setSnapshot).
    void configure(const Options &options);
    const Options &options() const { return m_options; }

    /// One track per selected company, in the order of the selection (companies without
    /// anything for the year included, empty).
    const std::vector<Guidance::Track> &tracks() const { return m_tracks; }

    /// The reading of each selected company's track, in the current language.
    QStringList readings() const;
    /// One company's track in words: how often it raised or cut its guidance, from what to
    /// what, and how the actual compared. Money in `currency`.
    static QString reading(const Dataset &dataset, const Guidance::Track &track, const QString &currency);

    /// The series drawn for `company`: "step" (midpoints), "band" (ranges), "words"
    /// (statements in words), "actual", "link" (last guidance to actual). Null when not drawn.
    QAbstractSeries *companySeries(const QString &role, const QString &company) const;

    /// The sources, what the figures mean, and how raises are counted.
    QString sourcesFooter() const override;

protected:
    void build() override;

private:
    Options m_options;
    bool m_built = false; ///< configure() has run once
    std::vector<Guidance::Track> m_tracks;
    bool m_undatedActual = false;
};

} // namespace capex::ui
