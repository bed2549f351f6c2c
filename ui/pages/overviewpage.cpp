#include "overviewpage.h"

#include "capexchart.h"
#include "chartpanel.h"
#include "datastore.h"
#include "fleetchart.h"
#include "headlines.h"
#include "overviewcard.h"
#include "translation.h"
#include "valuetext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace capex::ui {
namespace {

const std::vector<std::string> hyperscalers = {"microsoft", "alphabet", "amazon", "meta"};

} // namespace

OverviewPage::OverviewPage(DataStore &store, QWidget *parent)
    : DashboardPage(store, parent),
      m_capex(new OverviewCard(QStringLiteral("capex"), this)),
      m_fleet(new OverviewCard(QStringLiteral("fleet"), this)),
      m_training(new OverviewCard(QStringLiteral("data"), this)),
      m_decline(new OverviewCard(QStringLiteral("sources"), this)),
      m_capexChart(new CapexChart),
      m_fleetChart(new FleetChart)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *cards = new QGridLayout;
    int column = 0;
    for (OverviewCard *card : {m_capex, m_fleet, m_training, m_decline}) {
        cards->addWidget(card, 0, column++);
        connect(card, &OverviewCard::activated, this, &OverviewPage::pageRequested);
    }
    auto *charts = new QHBoxLayout;
    charts->addWidget(new ChartPanel(m_capexChart, this), 1);
    charts->addWidget(new ChartPanel(m_fleetChart, this), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addLayout(charts, 1);
}

QList<OverviewCard *> OverviewPage::cards() const { return {m_capex, m_fleet, m_training, m_decline}; }

void OverviewPage::refresh()
{
    m_capexChart->configure({{QStringLiteral("microsoft"), QStringLiteral("alphabet"), QStringLiteral("amazon"),
                              QStringLiteral("meta")},
                             QStringLiteral("USD"), QStringLiteral("capex"), false, false});
    m_capexChart->setCompact(true);
    m_capexChart->setSnapshot(&snapshot());
    m_fleetChart->setCompact(true);
    m_fleetChart->setSnapshot(&snapshot());
    retranslateUi();
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
    return tr("Source: %1").arg(publishers.join(QStringLiteral("; ")));
}

void OverviewPage::retranslateUi()
{
    const Dataset &d = snapshot();
    const NumberFormat format = Translation::instance().format();
    auto name = [&](const std::string &id) {
        const Entity *e = d.entity(id);
        return e ? localized(e->nameEn, e->nameZh) : QString::fromStdString(id);
    };

    // 1. The latest reported capex of the four US hyperscalers, summed.
    auto latest = Headlines::latestActuals(d, "capex", hyperscalers, "USD");
    double total = 0;
    QStringList parts;
    std::vector<const Observation *> used;
    for (const auto &f : latest) {
        total += f.converted;
        parts << QStringLiteral("%1 %2 %3")
                     .arg(name(f.observation->entity), periodText(f.observation->period),
                          QString::fromStdString(format.money(f.converted, "USD")));
        used.push_back(f.observation);
    }
    m_capex->setContent(tr("Latest reported capex of %1 US hyperscalers").arg(latest.size()),
                        QString::fromStdString(format.money(total, "USD")), parts.join(QStringLiteral(" · ")),
                        sourceLine(used));

    // 2. The latest fleet estimate, summed over the companies one source covers.
    if (auto year = Headlines::latestFleetYear(d); year) {
        if (auto fleet = Headlines::fleetTotal(d, *year)) {
            const Source *s = d.source(fleet->source);
            m_fleet->setContent(
                tr("GPU fleet estimate, end of %1").arg(fleet->year),
                tr("%1 – %2 H100e").arg(QString::fromStdString(format.number(fleet->low)),
                                        QString::fromStdString(format.number(fleet->high))),
                tr("Sum over the %1 companies one source covers").arg(fleet->companies),
                tr("Source: %1").arg(s ? QString::fromStdString(s->publisher + " (" + s->date + ")") : QString()));
        }
    }

    // 3. DeepSeek-V3 against Llama 3.1 405B.
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

    // 4. The cost-decline rate the model uses by default.
    for (const CostCurve &c : d.costCurves)
        if (c.id == "ark_inference" && c.annualDecline) {
            const Source *s = d.source(c.source);
            m_decline->setContent(tr("Cost decline in use"),
                                  tr("−%1 a year").arg(QString::fromStdString(format.percent(*c.annualDecline))),
                                  localized(c.nameEn, c.nameZh),
                                  tr("Source: %1").arg(s ? QString::fromStdString(s->publisher) : QString()));
        }
}

} // namespace capex::ui
