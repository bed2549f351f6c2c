#pragma once

#include "observationchart.h"

#include <QPointer>
#include <QStringList>

class QCategoryAxis;
class QGraphicsRectItem;

namespace capex::ui {

/// GPU fleets in H100-equivalents per company: every estimate with its range, the
/// sources side by side (LessWrong and Epoch where both exist), end-2024 filled and
/// 2025 hollow.
class FleetChart : public ObservationChart
{
    Q_OBJECT

public:
    explicit FleetChart(QGraphicsItem *parent = nullptr);

    QString chartId() const override { return QStringLiteral("fleet"); }
    /// Compact (the overview's panel): a short title, and of every company with a fleet
    /// estimate only the compactCompanies largest, unless setCompanies() named them.
    void setCompact(bool compact);
    static constexpr int compactCompanies = 8;
    /// Companies in the order shown; empty: every company with a fleet estimate.
    void setCompanies(const QStringList &entityIds);

    /// The company axis' label for `name` where a label gets `width` pixels in `font`: the
    /// name on one line, or wrapped onto two or three at its line breaks, or its short form
    /// (no words in brackets, the first word: "Alphabet", "Meta") likewise; empty when none
    /// fits. Qt Charts cut the names to "Alphabet…", "Mi…".
    static QString companyLabel(const QString &name, const QFont &font, double width);

protected:
    void build() override;

private:
    /// Labels the companies for the width each now gets: whole, wrapped or in short where
    /// they fit, else in short turned upright; each with its whole name as a tooltip.
    void labelCompanies();

    QStringList m_companies;
    bool m_compact = false;
    QPointer<QCategoryAxis> m_companyAxis;
    QStringList m_names;                  ///< the companies' whole names, in the axis' order
    QList<QGraphicsRectItem *> m_nameTips; ///< over each company's label: its whole name
};

} // namespace capex::ui
