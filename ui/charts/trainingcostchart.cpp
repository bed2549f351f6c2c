#include "trainingcostchart.h"

#include "chartstyle.h"
#include "headlines.h"
#include "logaxislabels.h"
#include "scenariodocument.h"
#include "trainingcost.h"
#include "translation.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLogValueAxis>

#include <cmath>

namespace capex::ui {

TrainingCostChart::TrainingCostChart(ScenarioDocument &document, QGraphicsItem *parent)
    : ModelChart(document, parent), m_now(new QBarSet(QString())), m_later(new QBarSet(QString())),
      m_categories(new QBarCategoryAxis), m_y(new QLogValueAxis)
{
    m_now->setColor(QColor(0x00, 0x72, 0xB2));
    m_later->setColor(QColor(0xD5, 0x5E, 0x00));
    auto *bars = new QBarSeries;
    bars->append(m_now);
    bars->append(m_later);
    // No value labels: on a log axis Qt Charts places them off the bars (a stray "0" beside the
    // smallest); the values are in each bar's tooltip.
    bars->setLabelsVisible(false);
    addSeries(bars);
    addAxis(m_categories, Qt::AlignBottom);
    m_y->setBase(10);
    m_y->setMinorGridLinePen(ChartStyle::minorGridPen());
    m_y->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(m_y, Qt::AlignLeft);
    LogAxisLabels::attach(*this, m_y);
    bars->attachAxis(m_categories);
    bars->attachAxis(m_y);
    connect(bars, &QBarSeries::hovered, this, [this](bool state, int index, QBarSet *set) {
        const QList<Run> all = runs();
        if (!state || index < 0 || index >= all.size()) {
            emit pointHovered({}, false);
            return;
        }
        const Run &r = all.at(index);
        const NumberFormat f = Translation::instance().format(4);
        emit pointHovered(tr("<b>%1</b> (%2)<br/>%3<br/>In %4 under the selected curve: %5")
                              .arg(r.model)
                              .arg(r.year)
                              .arg(r.how.toHtmlEscaped())
                              .arg(m_laterYear)
                              .arg(QString::fromStdString(f.money(set == m_now ? r.costUsd : r.laterCostUsd, "USD"))),
                          true);
    });
    connect(&document, &ScenarioDocument::datasetChanged, this, [this] { m_figures.reset(); });
    m_laterYear = document.parameters().t0() + 3;
    retranslate();
    updatePoints();
}

void TrainingCostChart::setLaterYear(int year)
{
    m_laterYear = year;
    retranslate();
    refresh();
}

const TrainingCostChart::Figures &TrainingCostChart::figures() const
{
    if (!m_figures) {
        Figures &f = m_figures.emplace();
        if (const Dataset *d = m_document.dataset()) {
            f.v3Cost = Headlines::find(*d, "deepseek_v3", "training_cost");
            f.v3Price = Headlines::find(*d, "deepseek_v3", "gpu_hour_price");
            f.llamaHours = Headlines::find(*d, "llama_3_1_405b", "training_gpu_hours");
            f.gpt4oCost = Headlines::find(*d, "gpt_4o", "training_cost");
            f.r1Cost = Headlines::find(*d, "deepseek_r1", "training_cost");
        }
    }
    return *m_figures;
}

QList<TrainingCostChart::Run> TrainingCostChart::runs() const
{
    QList<Run> list;
    const Dataset *d = m_document.dataset();
    if (!d)
        return list;
    const double decline = m_document.parameters().get(Parameter::CostDecline);
    const NumberFormat f = Translation::instance().format(4);
    auto name = [&](const char *id) {
        const Entity *e = d->entity(id);
        return e ? localized(e->nameEn, e->nameZh) : QString::fromLatin1(id);
    };
    const auto &[v3Cost, v3Price, llamaHours, gpt4oCost, r1Cost] = figures();
    auto add = [&](const QString &model, const Observation *when, double cost, const QString &how,
                   std::vector<std::string> sources) {
        Run r{model, when->period.year, cost, TrainingCost::costLater(cost, decline, m_laterYear - when->period.year), how,
              std::move(sources)};
        list.append(r);
    };
    if (v3Cost && v3Cost->value)
        add(name("deepseek_v3"), v3Cost, *v3Cost->value, tr("Reported: 2.788 M H800 GPU-hours at $2"), {v3Cost->source});
    if (llamaHours && llamaHours->value && v3Price && v3Price->value)
        add(name("llama_3_1_405b"), llamaHours, *llamaHours->value * *v3Price->value,
            tr("%1 H100 GPU-hours at DeepSeek's $%2 per GPU-hour")
                .arg(QString::fromStdString(f.number(*llamaHours->value)))
                .arg(*v3Price->value),
            {llamaHours->source, v3Price->source});
    if (gpt4oCost && gpt4oCost->value)
        add(name("gpt_4o"), gpt4oCost, *gpt4oCost->value, tr("Media estimate"), {gpt4oCost->source});
    // R1's reasoning training, disclosed in Nature: on top of V3's base model, not instead of it.
    if (r1Cost && r1Cost->value)
        add(name("deepseek_r1"), r1Cost, *r1Cost->value,
            tr("Reported (Nature): reinforcement learning on 512 H800, on top of V3's base model"), {r1Cost->source});
    return list;
}

void TrainingCostChart::updatePoints()
{
    const QList<Run> all = runs();
    QStringList names;
    QList<qreal> now, later;
    double lo = 1e12, hi = 1;
    for (const Run &r : all) {
        names << r.model;
        now << r.costUsd / 1e6;
        later << r.laterCostUsd / 1e6;
        lo = std::min({lo, r.costUsd / 1e6, std::max(r.laterCostUsd / 1e6, 1e-9)});
        hi = std::max(hi, r.costUsd / 1e6);
    }
    // Other runs than before (the figures arriving after the window opened on an empty store):
    // both sets are filled off the series, so that none is laid out short of values, which on
    // the log axis are zeros (Qt Charts warns for each).
    QBarSeries *bars = m_now->count() != static_cast<int>(now.size()) ? qobject_cast<QBarSeries *>(series().value(0)) : nullptr;
    if (bars) {
        bars->take(m_now);
        bars->take(m_later);
    }
    // Bars and axis are touched only when they change: each change repaints the chart.
    for (auto [set, values] : {std::pair{m_now, &now}, std::pair{m_later, &later}}) {
        QList<qreal> old;
        for (int i = 0; i < set->count(); ++i)
            old << set->at(i);
        if (old == *values)
            continue;
        // In place where the runs are the same: emptying the set first would lay the bars out
        // with no values, which on the log axis are zeros (Qt Charts warns for each).
        if (old.size() == values->size()) {
            for (int i = 0; i < values->size(); ++i)
                if (old.at(i) != values->at(i))
                    set->replace(i, values->at(i));
        } else {
            set->remove(0, set->count());
            set->append(*values);
        }
    }
    if (bars)
        bars->append(QList<QBarSet *> {m_now, m_later});
    if (m_categories->categories() != names) {
        m_categories->clear();
        m_categories->append(names);
    }
    // A hair below the power of ten: log10(0.01) is −1.9999999999999996 in doubles, and Qt's
    // log axis then starts its labels a decade higher, leaving the bottom line unlabelled.
    const double low = std::pow(10, std::floor(std::log10(lo))) * (1 - 1e-9);
    const double high = std::pow(10, std::ceil(std::log10(hi * 3)));
    if (m_y->min() != low || m_y->max() != high)
        m_y->setRange(low, high);
}

void TrainingCostChart::retranslate()
{
    setTitle(tr("Training runs: cost then, and the same run in %1").arg(m_laterYear));
    m_now->setLabel(tr("Cost of the run"));
    m_later->setLabel(tr("Same run in %1 (selected curve)").arg(m_laterYear));
    m_y->setTitleText(tr("USD millions (log scale)"));
}

QString TrainingCostChart::sourcesFooter() const
{
    QStringList parts;
    const Dataset *d = m_document.dataset();
    for (const Run &r : runs())
        for (const std::string &id : r.sources)
            if (const Source *s = d ? d->source(id) : nullptr)
                parts << QString::fromStdString(s->date.empty() ? s->publisher : s->publisher + " (" + s->date + ")");
    parts.removeDuplicates();
    return tr("Sources: %1. Later cost: cost × (1 − cost decline)^(years later).").arg(parts.join(QStringLiteral("; ")));
}

} // namespace capex::ui
