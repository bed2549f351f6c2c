#include "spreadsheetexport.h"

#include "modelexport.h"
#include "observationexport.h"
#include "parametertext.h"
#include "savefile.h"
#include "translation.h"
#include "valuetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <map>

namespace capex::ui {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("capex::ui::SpreadsheetExport", text, disambiguation);
}

std::string text(const QString &s) { return s.toStdString(); }

XlsxCell number(const std::optional<double> &value) { return value ? XlsxCell(*value) : XlsxCell(); }

XlsxCell textOrEmpty(const std::string &s) { return s.empty() ? XlsxCell() : XlsxCell(s); }

const QByteArray &byteOrderMark()
{
    static const QByteArray bom("\xEF\xBB\xBF");
    return bom;
}

/// A CSV of plain fields (numbers, names without commas) as rows of cells: numbers as
/// numbers, empty fields as empty cells, anything else as text.
std::vector<std::vector<XlsxCell>> cellsOfCsv(const std::string &csv, std::vector<std::string> *header)
{
    std::vector<std::vector<XlsxCell>> rows;
    const QStringList lines = QString::fromStdString(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char(','));
        if (i == 0) {
            for (const QString &f : fields)
                header->push_back(f.toStdString());
            continue;
        }
        std::vector<XlsxCell> row;
        for (const QString &f : fields) {
            bool ok = false;
            const double value = f.toDouble(&ok);
            row.push_back(f.isEmpty() ? XlsxCell() : ok ? XlsxCell(value) : XlsxCell(f.toStdString()));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::optional<SpreadsheetExport::Format> SpreadsheetExport::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

Dataset SpreadsheetExport::withObservations(const Dataset &dataset, const std::vector<const Observation *> &observations)
{
    Dataset copy = dataset;
    copy.observations.clear();
    copy.observations.reserve(observations.size());
    for (const Observation *o : observations)
        copy.observations.push_back(*o);
    return copy;
}

QByteArray SpreadsheetExport::observationsCsv(const Dataset &dataset)
{
    return QByteArray::fromStdString(ObservationExport(dataset).toCsv(true));
}

std::vector<XlsxSheet> SpreadsheetExport::observationSheets(const Dataset &d)
{
    XlsxSheet figures{text(tr("Figures", "sheet name")),
                      {text(tr("Entity")), text(tr("Metric")), text(tr("Period")), text(tr("Value")), text(tr("Low")),
                       text(tr("High")), text(tr("Unit")), text(tr("Currency")), text(tr("Kind")), text(tr("Grade")),
                       text(tr("As of")), text(tr("Note")), text(tr("Source")), text(tr("Source date")),
                       text(tr("Source address")), text(tr("Entity id")), text(tr("Metric id")), text(tr("Record id"))},
                      {}};
    std::map<std::string, int> cited; // source id → figures citing it
    for (const Observation &o : d.observations) {
        const Entity *entity = d.entity(o.entity);
        const Metric *metric = d.metric(o.metric);
        const Source *source = d.source(o.source);
        // Money's unit is its currency; other units are words of the current language.
        const QString unit = o.unit == "money" ? QString() : unitText(o.unit);
        figures.rows.push_back({entity ? text(localized(entity->nameEn, entity->nameZh)) : o.entity,
                                metric ? text(localized(metric->nameEn, metric->nameZh)) : o.metric,
                                o.period.toString(),
                                number(o.value),
                                number(o.low),
                                number(o.high),
                                textOrEmpty(text(unit)),
                                textOrEmpty(o.currency),
                                text(kindText(o.kind)),
                                text(gradeText(o.grade)),
                                textOrEmpty(o.asOf),
                                textOrEmpty(text(localized(o.noteEn, o.noteZh))),
                                source ? XlsxCell(source->publisher + ", “" + source->title + "”") : XlsxCell(o.source),
                                source ? textOrEmpty(source->date) : XlsxCell(),
                                source ? textOrEmpty(source->url) : XlsxCell(),
                                o.entity,
                                o.metric,
                                textOrEmpty(o.uid)});
        ++cited[o.source];
    }

    XlsxSheet sources{text(tr("Sources", "sheet name")),
                      {text(tr("Source id")), text(tr("Publisher")), text(tr("Title")), text(tr("Date")),
                       text(tr("Language")), text(tr("Address")), text(tr("Via")), text(tr("Figures cited"))},
                      {}};
    const ObservationExport exporter(d);
    for (const Source &s : d.sources) {
        const auto figuresCited = cited.find(s.id);
        if (figuresCited == cited.end())
            continue;
        sources.rows.push_back({s.id, s.publisher, s.title, textOrEmpty(s.date), textOrEmpty(s.language),
                                textOrEmpty(s.url), textOrEmpty(exporter.viaText(s)),
                                static_cast<double>(figuresCited->second)});
    }
    // The figures once more as `data import` reads them (the CSV export's columns, ids rather
    // than names): the workbook, edited in Excel, imports again (the import picks this sheet).
    XlsxSheet records{text(tr("Records", "sheet name")), ObservationExport::csvColumns(), {}};
    const std::vector<std::string> &columns = ObservationExport::csvColumns();
    for (const Observation &o : d.observations) {
        std::vector<std::string> fields = exporter.csvFields(o);
        std::vector<XlsxCell> row;
        row.reserve(fields.size());
        for (std::size_t c = 0; c < fields.size(); ++c) {
            if (columns[c] == "value")
                row.push_back(number(o.value));
            else if (columns[c] == "low")
                row.push_back(number(o.low));
            else if (columns[c] == "high")
                row.push_back(number(o.high));
            else
                row.push_back(textOrEmpty(fields[c]));
        }
        records.rows.push_back(std::move(row));
    }
    return {std::move(figures), std::move(sources), std::move(records)};
}

QByteArray SpreadsheetExport::scenarioCsv(const ModelResult &result)
{
    return byteOrderMark() + QByteArray::fromStdString(toCsv(result));
}

std::vector<XlsxSheet> SpreadsheetExport::scenarioSheets(const Dataset &dataset, const ModelParameters &parameters,
                                                         const ModelResult &result)
{
    XlsxSheet projection{text(tr("Projection", "sheet name")), {}, {}};
    projection.rows = cellsOfCsv(toCsv(result), &projection.header);

    XlsxSheet assumptions{text(tr("Assumptions", "sheet name")),
                          {text(tr("Parameter")), text(tr("Name")), text(tr("Value")), text(tr("Shown as")),
                           text(tr("Default")), text(tr("Source"))},
                          {}};
    assumptions.rows.push_back({std::string("cost_curve"), text(tr("Cost curve")), parameters.costCurve(), XlsxCell(),
                                XlsxCell(), XlsxCell()});
    std::string companies;
    for (const std::string &id : parameters.selectedCompanies())
        companies += (companies.empty() ? "" : ",") + id;
    assumptions.rows.push_back({std::string("companies"), text(tr("Companies")), companies, XlsxCell(), XlsxCell(),
                                XlsxCell()});
    for (const ParameterSpec &spec : parameters.specs())
        assumptions.rows.push_back({spec.name, text(parameterLabel(spec.name, &dataset)), spec.value,
                                    text(parameterValueText(spec, spec.value)), spec.defaultValue,
                                    textOrEmpty(text(localized(spec.sourceEn, spec.sourceZh)))});
    return {std::move(projection), std::move(assumptions)};
}

QByteArray SpreadsheetExport::workbook(const std::vector<XlsxSheet> &sheets, QString *error)
{
    auto failed = [error](const QString &reason) {
        if (error)
            *error = tr("The workbook could not be made: %1").arg(reason);
        return QByteArray();
    };
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return failed(scratch.errorString());
    const QString temporary = scratch.filePath(QStringLiteral("workbook.xlsx"));
    if (Status status = XlsxExport::write(temporary.toStdString(), sheets); !status)
        return failed(QString::fromStdString(status.error().detail));
    QFile file(temporary);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    return file.readAll();
}

QString SpreadsheetExport::saveWorkbook(const QString &path, const std::vector<XlsxSheet> &sheets)
{
    QString error;
    const QByteArray bytes = workbook(sheets, &error);
    return bytes.isEmpty() ? error : saveFile(path, bytes);
}

QString SpreadsheetExport::saveObservations(const QString &path, Format format, const Dataset &dataset)
{
    return format == Format::Csv ? saveFile(path, observationsCsv(dataset))
                                 : saveWorkbook(path, observationSheets(dataset));
}

QString SpreadsheetExport::saveScenario(const QString &path, Format format, const Dataset &dataset,
                                        const ModelParameters &parameters, const ModelResult &result)
{
    return format == Format::Csv ? saveFile(path, scenarioCsv(result))
                                 : saveWorkbook(path, scenarioSheets(dataset, parameters, result));
}

} // namespace capex::ui
