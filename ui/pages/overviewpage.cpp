#include "overviewpage.h"

#include "capexchart.h"
#include "chartpanel.h"
#include "datastore.h"
#include "fleetchart.h"
#include "headlines.h"
#include "quarters.h"
#include "overviewcard.h"
#include "translation.h"
#include "valuetext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace capex::ui {
namespace {

const std::vector<std::string> hyperscalers = {"microsoft", "alphabet", "amazon", "meta"};

/// The year the guidance card sums: the latest calendar year for which any of the four has
/// given a capex guidance with a number.
int guidanceCardYear(const Dataset &d)
{
    int year = 0;
    for (const std::string &company : hyperscalers)
        d.forEach(company, "capex", [&](const Observation &o) {
            if (o.kind == Kind::Guidance && o.period.type == Period::Type::Year && !o.isStatement())
                year = std::max(year, o.period.year);
        });
    return year;
}

/// "$695B" and "$725B" → "$695–725B"; "6950亿美元" and "7250亿美元" → "6950–7250亿美元": the
/// unit once, so that the range fits a card.
QString compactRange(const QString &low, const QString &high)
{
    auto isNumber = [](QChar c) { return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(','); };
    qsizetype prefix = 0;
    while (prefix < low.size() && prefix < high.size() && low.at(prefix) == high.at(prefix) && !isNumber(low.at(prefix)))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < low.size() - prefix && suffix < high.size() - prefix
           && low.at(low.size() - 1 - suffix) == high.at(high.size() - 1 - suffix)
           && !isNumber(low.at(low.size() - 1 - suffix)))
        ++suffix;
    return low.left(low.size() - suffix) + QStringLiteral("–") + high.mid(prefix);
}

} // namespace

OverviewPage::OverviewPage(DataStore &store, QWidget *parent)
    : DashboardPage(store, parent),
      m_quarter(new OverviewCard(QStringLiteral("capex"), this)),
      m_guidance(new OverviewCard(QStringLiteral("guidance"), this)),
      m_fleet(new OverviewCard(QStringLiteral("fleet"), this)),
      m_training(new OverviewCard(QStringLiteral("data"), this)),
      m_capexChart(new CapexChart),
      m_fleetChart(new FleetChart)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_capexChart->configure({{QStringLiteral("microsoft"), QStringLiteral("alphabet"), QStringLiteral("amazon"),
                              QStringLiteral("meta")},
                             QStringLiteral("USD"), QStringLiteral("capex"), false, false});
    m_capexChart->setCompact(true);
    m_fleetChart->setCompact(true);
    auto *grid = new QGridLayout;
    // One row: the latest quarter's spending, the guidance for the coming year, the fleets,
    // the training run that started the debate.
    int column = 0;
    for (OverviewCard *card : cards()) {
        grid->addWidget(card, 0, column++);
        connect(card, &OverviewCard::activated, this, &OverviewPage::pageRequested);
    }
    auto *charts = new QHBoxLayout;
    charts->addWidget(new ChartPanel(m_capexChart, this), 1);
    charts->addWidget(new ChartPanel(m_fleetChart, this), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(charts, 1);
}

QList<OverviewCard *> OverviewPage::cards() const
{
    return {m_quarter, m_guidance, m_fleet, m_training};
}

void OverviewPage::refresh()
{
    // One rebuild of each chart (its options are set once, in the constructor).
    m_capexChart->setSnapshot(&snapshot());
    m_fleetChart->setSnapshot(&snapshot());
    retranslateUi();
}

QList<std::function<void()>> OverviewPage::refreshSteps()
{
    return QList<std::function<void()>>{[this] {
               // The charts hold the figures they plotted, which the new snapshot replaced:
               // emptied until their turn, so that nothing hovers a figure that is gone.
               m_capexChart->setSnapshot(nullptr);
               m_fleetChart->setSnapshot(nullptr);
               retranslateUi();
           }}
        + chartFillSteps(m_capexChart, [this] { m_capexChart->setSnapshot(&snapshot()); })
        + chartFillSteps(m_fleetChart, [this] { m_fleetChart->setSnapshot(&snapshot()); });
}

QString OverviewPage::sourceLine(const std::vector<const Observation *> &observations) const
{
    QStringList publishers;
    for (const Observation *o : observations)
        if (const Source *s = snapshot().source(o->source)) {
            const QString text = QString::fromStdString(s->publisher)
                + (s->date.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromStdString(s->date)));
            if (!publishers.contains(text))
                publishers << text;
        }
    // Two on the card, the rest in its tooltip: a card is a quarter of a laptop's width.
    constexpr int shown = 2;
    if (publishers.size() <= shown)
        return tr("Source: %1").arg(publishers.join(QStringLiteral("; ")));
    const int more = static_cast<int>(publishers.size()) - shown;
    return tr("Sources: %1 and %n more", nullptr, more).arg(publishers.mid(0, shown).join(QStringLiteral("; ")));
}

void OverviewPage::retranslateUi()
{
    const Dataset &d = snapshot();
    const NumberFormat format = Translation::instance().format();
    auto name = [&](const std::string &id) {
        const Entity *e = d.entity(id);
        return e ? localized(e->nameEn, e->nameZh) : QString::fromStdString(id);
    };

    // 1. The latest quarter all four reported, summed, against the same quarter a year before.
    if (auto quarter = Quarters::latestCommonQuarter(d, "capex", hyperscalers, "USD")) {
        const QString growth = quarter->yearOnYear
            ? tr("%1 on the same quarter a year before").arg(QString::fromStdString(format.percent(*quarter->yearOnYear)))
            : tr("no figure for the same quarter a year before");
        m_quarter->setContent(tr("Capex of the 4 US hyperscalers, %1").arg(periodText(quarter->quarter.period())),
                              QString::fromStdString(format.money(quarter->total, "USD")), growth,
                              sourceLine(quarter->figures));
    } else {
        m_quarter->setContent(tr("Capex of the 4 US hyperscalers, latest quarter"), tr("n/a"),
                              tr("No quarter that all four have reported"), QString());
    }

    // 2. The sum of their latest guidance for the coming year.
    const int guidanceYear = guidanceCardYear(d);
    if (auto guided = Quarters::guidanceTotal(d, "capex", hyperscalers, guidanceYear, "USD")) {
        QStringList companies;
        for (const Observation *o : guided->figures)
            companies << QStringLiteral("%1 %2").arg(name(o->entity), valueWithRangeText(*o));
        const QString figure = guided->high > guided->low
            ? compactRange(QString::fromStdString(format.money(guided->low, "USD")),
                           QString::fromStdString(format.money(guided->high, "USD")))
            : QString::fromStdString(format.money(guided->mid, "USD"));
        const int guiding = static_cast<int>(guided->figures.size());
        m_guidance->setContent(tr("%1 capex guidance, sum of %2 US hyperscalers").arg(guidanceYear).arg(guiding),
                               figure, tr("Each company's latest statement; ranges added end to end"),
                               sourceLine(guided->figures), companies.join(QLatin1Char('\n')));
    }

    // 3. The latest fleet estimate, summed over the companies one source covers.
    if (auto year = Headlines::latestFleetYear(d); year) {
        if (auto fleet = Headlines::fleetTotal(d, *year)) {
            const Source *s = d.source(fleet->source);
            m_fleet->setContent(
                tr("GPU fleet estimate, end of %1").arg(fleet->year),
                format.number(fleet->low) == format.number(fleet->high)
                    ? tr("%1 H100e").arg(QString::fromStdString(format.number(fleet->low)))
                    : tr("%1 – %2 H100e").arg(QString::fromStdString(format.number(fleet->low)),
                                              QString::fromStdString(format.number(fleet->high))),
                tr("Sum over the %1 companies one source covers").arg(fleet->companies),
                tr("Source: %1").arg(s ? QString::fromStdString(s->publisher + " (" + s->date + ")") : QString()));
        }
    }

    // 4. DeepSeek-V3 against Llama 3.1 405B.
    const Observation *v3 = Headlines::find(d, "deepseek_v3", "training_gpu_hours");
    const Observation *llama = Headlines::find(d, "llama_3_1_405b", "training_gpu_hours");
    const Observation *v3Cost = Headlines::find(d, "deepseek_v3", "training_cost");
    if (v3 && llama && v3->value && llama->value) {
        const QString ratio = QString::fromStdString(format.factor(*llama->value / *v3->value));
        m_training->setContent(
            tr("Training compute: DeepSeek-V3 vs Llama 3.1 405B"),
            tr("%1 vs %2 GPU-hours").arg(QString::fromStdString(format.number(*v3->value)),
                                         QString::fromStdString(format.number(*llama->value))),
            tr("Llama 3.1 405B used %1 the GPU-hours; V3's run cost %2 at $2 per H800-hour")
                .arg(ratio, v3Cost && v3Cost->value ? QString::fromStdString(NumberFormat(Translation::instance().language(), 4).money(*v3Cost->value, "USD")) : QString()),
            sourceLine({v3, llama}));
    }
}

} // namespace capex::ui
