// The dashboard's in-process figure: one slider step on the real main window (offscreen),
// from the slider's new value to every visible chart updated and repainted (on the
// Uncertainty page: with the step's Monte Carlo run landed).
#include "assumptionspanel.h"
#include "dashboardpage.h"
#include "datapage.h"
#include "datastore.h"
#include "mainwindow.h"
#include "montecarlorunner.h"
#include "observationtablemodel.h"
#include "scenariodocument.h"
#include "translation.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cmath>
#include <map>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSlider>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <vector>

namespace {

using namespace capex;

constexpr int steps = 500;

/// Counts paint events of chart viewports: proof that a step repaints the charts.
class PaintCounter : public QObject
{
public:
    int chartPaints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->parent() && qobject_cast<QChartView *>(watched->parent()))
            ++chartPaints;
        return QObject::eventFilter(watched, event);
    }
};

/// Delivers the queued work a step leaves behind: chart scene updates, layout, and the
/// repaint of every dirty widget into the offscreen backing store. On a page that reruns
/// its Monte Carlo, the step ends when the run has landed and its charts are repainted
/// (they wait for it rather than repaint twice).
void settle(const QList<ui::MonteCarloRunner *> &runners = {})
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    auto running = [&] {
        return std::any_of(runners.begin(), runners.end(), [](const ui::MonteCarloRunner *r) { return r->isRunning(); });
    };
    if (!running())
        return;
    while (running())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

double percentile(std::vector<double> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    const double rank = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(rank));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (rank - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

/// 500 steps of `parameter`'s slider (one position each, back and forth across its range,
/// as a drag) with page `id` shown. Counters: median and p99 of a step in ms, chart paints per step.
void sliderSteps(benchmark::State &state, const QString &id, const QString &parameter, const QString &storePath = {})
{
    QTemporaryDir folder;
    ui::DataStore store;
    // A fresh store from the bundled data, or the large store of scripts/generate-store.
    if (!folder.isValid() || !store.open(storePath.isEmpty() ? folder.filePath(QStringLiteral("capexlens.db")) : storePath)) {
        state.SkipWithError("cannot open the store");
        return;
    }
    ui::MainWindow window(store);
    window.resize(1600, 1000);
    window.show();
    window.showPage(id);
    settle();
    QSlider *slider = window.assumptions()->slider(parameter);
    if (!slider) {
        state.SkipWithError("no such slider");
        return;
    }
    const QList<ui::MonteCarloRunner *> runners = window.page(id)->findChildren<ui::MonteCarloRunner *>();
    PaintCounter counter;
    qApp->installEventFilter(&counter);

    std::vector<double> ms;
    ms.reserve(steps);
    int position = slider->value();
    int direction = 1;
    for (auto _ : state) {
        ms.clear();
        counter.chartPaints = 0;
        slider->setSliderDown(true);
        for (int step = 0; step < steps; ++step) {
            if (position + direction > slider->maximum() || position + direction < slider->minimum())
                direction = -direction;
            position += direction;
            const auto start = std::chrono::steady_clock::now();
            slider->setValue(position);
            settle(runners);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        slider->setSliderDown(false);
        settle();
    }
    qApp->removeEventFilter(&counter);
    state.counters["median_ms"] = percentile(ms, 0.5);
    state.counters["p99_ms"] = percentile(ms, 0.99);
    state.counters["max_ms"] = *std::max_element(ms.begin(), ms.end());
    state.counters["chart_paints_per_step"] = static_cast<double>(counter.chartPaints) / steps;
    window.setNextAnswer(QMessageBox::Discard);
    window.close();
}

double elapsedMs(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

/// The Data page on the large store (CAPEXLENS_BENCH_STORE, made by scripts/generate-store):
/// its first show, a filter change (each of the first entities and metrics in turn), a
/// keystroke in the search field (typing a note's words letter by letter, then deleting them),
/// and a sort by each column, each timed until the table is repainted. Counters in ms.
void dataPage(benchmark::State &state, const QString &storePath)
{
    ui::DataStore store;
    if (!store.open(storePath)) {
        state.SkipWithError("cannot open the large store");
        return;
    }
    ui::MainWindow window(store);
    window.resize(1600, 1000);
    window.show();
    settle();
    std::vector<double> filter, keystroke, sort;
    std::map<int, double> sortByColumn; // the slower direction of each column
    double firstShow = 0;
    int rows = 0;
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        window.showPage(QStringLiteral("data"));
        settle();
        firstShow = elapsedMs(start);
        auto *page = qobject_cast<ui::DataPage *>(window.page(QStringLiteral("data")));
        const QList<QComboBox *> boxes = page->findChildren<QComboBox *>(); // entities, metrics, …
        auto *search = page->findChild<QLineEdit *>();
        rows = page->filterModel()->rowCount();
        for (QComboBox *box : {boxes.value(0), boxes.value(1)}) {
            if (!box)
                continue;
            for (int i = 1; i <= std::min(5, box->count() - 1); ++i) {
                start = std::chrono::steady_clock::now();
                box->setCurrentIndex(i);
                settle();
                filter.push_back(elapsedMs(start));
            }
            start = std::chrono::steady_clock::now();
            box->setCurrentIndex(0);
            settle();
            filter.push_back(elapsedMs(start));
        }
        const QString words = QStringLiteral("generated row 4242");
        for (int n = 1; n <= words.size(); ++n) {
            start = std::chrono::steady_clock::now();
            search->setText(words.left(n));
            settle();
            keystroke.push_back(elapsedMs(start));
        }
        for (int n = static_cast<int>(words.size()) - 1; n >= 0; --n) {
            start = std::chrono::steady_clock::now();
            search->setText(words.left(n));
            settle();
            keystroke.push_back(elapsedMs(start));
        }
        for (int column = 0; column < ui::ObservationTableModel::ColumnCount; ++column)
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                start = std::chrono::steady_clock::now();
                page->tableView()->sortByColumn(column, order);
                settle();
                sort.push_back(elapsedMs(start));
                double &slowest = sortByColumn[column];
                slowest = std::max(slowest, sort.back());
            }
    }
    state.counters["rows"] = rows;
    state.counters["first_show_ms"] = firstShow;
    state.counters["filter_median_ms"] = percentile(filter, 0.5);
    state.counters["filter_max_ms"] = *std::max_element(filter.begin(), filter.end());
    state.counters["keystroke_median_ms"] = percentile(keystroke, 0.5);
    state.counters["keystroke_max_ms"] = *std::max_element(keystroke.begin(), keystroke.end());
    state.counters["sort_median_ms"] = percentile(sort, 0.5);
    state.counters["sort_max_ms"] = *std::max_element(sort.begin(), sort.end());
    for (auto [column, ms] : sortByColumn)
        state.counters["sort_column_" + std::to_string(column) + "_ms"] = ms;
    window.setNextAnswer(QMessageBox::Discard);
    window.close();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data of this process's own, never the user's.
    const QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CapexLensBench"));
    QCoreApplication::setApplicationName(QStringLiteral("CapexLensBench"));
    ui::Translation::instance().setLanguage(Language::English);

    // Every page whose charts follow the sliders, each with a slider that moves every chart
    // on it (the cost curves and training costs do not depend on the elasticity: a step of
    // it would cost them nothing).
    for (auto [id, parameter] : {std::pair{"overview", "elasticity"}, std::pair{"cost-curves", "cost_decline"},
                                 std::pair{"jevons", "elasticity"}, std::pair{"training-cost", "cost_decline"},
                                 std::pair{"uncertainty", "elasticity"}, std::pair{"overbuild-map", "ai_share"}}) {
        const QString page = QString::fromLatin1(id), slider = QString::fromLatin1(parameter);
        benchmark::RegisterBenchmark((std::string("BM_SliderStep/") + id + "/" + parameter).c_str(),
                                     [page, slider](benchmark::State &state) { sliderSteps(state, page, slider); })
            ->Iterations(1)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
    // On the large store of scripts/generate-store, when scripts/bench names it: the slider
    // steps again, and the Data page.
    if (const QString large = qEnvironmentVariable("CAPEXLENS_BENCH_STORE"); !large.isEmpty()) {
        for (auto [id, parameter] : {std::pair{"overview", "elasticity"}, std::pair{"cost-curves", "cost_decline"},
                                     std::pair{"jevons", "elasticity"}, std::pair{"training-cost", "cost_decline"},
                                     std::pair{"uncertainty", "elasticity"}, std::pair{"overbuild-map", "ai_share"},
                                     std::pair{"track-record", "ai_share"}}) {
            const QString page = QString::fromLatin1(id), slider = QString::fromLatin1(parameter);
            benchmark::RegisterBenchmark((std::string("BM_SliderStepLarge/") + id + "/" + parameter).c_str(),
                                         [page, slider, large](benchmark::State &state) { sliderSteps(state, page, slider, large); })
                ->Iterations(1)
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime();
        }
        benchmark::RegisterBenchmark("BM_DataPageLarge", [large](benchmark::State &state) { dataPage(state, large); })
            ->Iterations(1)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
