#include "errortext.h"

#include <QCoreApplication>

namespace capex::ui {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::ui", text); }

QString location(const Error &e)
{
    const QString file = QString::fromStdString(e.file);
    if (file.isEmpty())
        return {};
    if (e.line > 0 && e.column > 0)
        return tr("%1, line %2, column %3: ").arg(file).arg(e.line).arg(e.column);
    if (e.line > 0)
        return tr("%1, line %2: ").arg(file).arg(e.line);
    return file + QStringLiteral(": ");
}

} // namespace

QString errorText(const Error &e)
{
    const QString field = QString::fromStdString(e.field);
    const QString detail = QString::fromStdString(e.detail);
    QString what;
    switch (e.code) {
    case ErrorCode::FileUnreadable: what = tr("the file cannot be read"); break;
    case ErrorCode::FileUnwritable: what = tr("the file cannot be written: %1").arg(detail); break;
    case ErrorCode::JsonSyntax: what = tr("this is not valid JSON"); break;
    case ErrorCode::MissingField: what = tr("the field “%1” is missing").arg(field); break;
    case ErrorCode::WrongType: what = tr("the field “%1” has the wrong type (%2)").arg(field, detail); break;
    case ErrorCode::InvalidValue: what = tr("the field “%1” has an invalid value “%2”").arg(field, detail); break;
    case ErrorCode::DuplicateId: what = tr("“%1” is defined twice (field “%2”)").arg(detail, field); break;
    case ErrorCode::UnknownReference: what = tr("the field “%1” refers to unknown “%2”").arg(field, detail); break;
    case ErrorCode::RangeInverted: what = tr("the range in “%1” is inverted (%2)").arg(field, detail); break;
    case ErrorCode::InvalidPeriod:
        what = tr("the field “%1” holds “%2”, which is not a year (2024), fiscal year (FY2025-06), quarter "
                  "(2025Q3), fiscal quarter (FY2026Q1-06), month (2026-05) or date (2024-12-26)")
                   .arg(field, detail);
        break;
    case ErrorCode::DatabaseOpen: what = tr("the database cannot be opened: %1").arg(detail); break;
    case ErrorCode::DatabaseQuery: what = tr("the database refused the change: %1").arg(detail); break;
    case ErrorCode::SchemaTooNew:
        what = tr("the database was written by a newer version of Capex Lens (schema %1)").arg(detail);
        break;
    case ErrorCode::UnknownParameter: what = tr("there is no parameter “%1”").arg(field); break;
    case ErrorCode::ParameterOutOfDomain:
        what = tr("the parameter “%1” must lie in %2").arg(field, detail);
        break;
    case ErrorCode::DatabaseCorrupt: what = tr("the database is damaged: %1").arg(detail); break;
    case ErrorCode::BackupFailed: what = tr("the backup could not be written: %1").arg(detail); break;
    case ErrorCode::InvalidEncoding:
        what = tr("the file is not readable text (%1); save it as UTF-8, UTF-16 or GB18030").arg(detail);
        break;
    case ErrorCode::UnterminatedQuote: what = tr("a quoted field opened here is never closed"); break;
    case ErrorCode::MalformedQuote:
        what = tr("a quotation mark in column “%1” is misplaced: quote the whole field and double inner quotes")
                   .arg(field);
        break;
    case ErrorCode::TooManyFields: what = tr("the row has %1 fields, more than the header").arg(detail); break;
    case ErrorCode::MissingColumn: what = tr("the required column “%1” is missing").arg(field); break;
    case ErrorCode::NotANumber: what = tr("the field “%1” holds “%2”, which is not a number").arg(field, detail); break;
    case ErrorCode::NonFiniteNumber:
        what = tr("the field “%1” holds “%2”, which is not a finite number").arg(field, detail);
        break;
    case ErrorCode::NoFxRate:
        what = tr("there is no exchange rate for the currency “%1” (field “%2”)").arg(detail, field);
        break;
    case ErrorCode::DuplicateRow: what = tr("this row repeats the record of line %1").arg(detail); break;
    case ErrorCode::ImportRejected:
        what = QCoreApplication::translate("capex::ui", "nothing was imported: %n row(s) rejected", nullptr,
                                           detail.toInt());
        break;
    case ErrorCode::RecordNotFound:
        what = e.field == "source"
            ? tr("the source “%1” is no longer in the database (another window may have deleted it)").arg(detail)
            : tr("the figure is no longer in the database (another window may have deleted it)");
        break;
    case ErrorCode::StillReferenced:
        what = QCoreApplication::translate(
            "capex::ui", "it is cited by %n record(s) and cannot be deleted", nullptr, detail.toInt());
        break;
    }
    return location(e) + what;
}

} // namespace capex::ui
