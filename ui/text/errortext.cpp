#include "errortext.h"

#include <QCoreApplication>

namespace capex::ui {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::ui", text); }

/// "C7": the spreadsheet's name of a cell (column 1 = A).
QString cellName(int line, int column)
{
    QString letters;
    for (int c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(line);
}

QString location(const Error &e)
{
    const SheetLocation at = splitSheetLocation(e.file);
    const QString file = QString::fromUtf8(at.file.data(), static_cast<qsizetype>(at.file.size()));
    if (file.isEmpty())
        return {};
    if (!at.sheet.empty()) {
        const QString sheet = QString::fromUtf8(at.sheet.data(), static_cast<qsizetype>(at.sheet.size()));
        if (e.line > 0 && e.column > 0)
            return tr("%1, sheet “%2”, cell %3: ").arg(file, sheet, cellName(e.line, e.column));
        if (e.line > 0)
            return tr("%1, sheet “%2”, row %3: ").arg(file, sheet).arg(e.line);
        return tr("%1, sheet “%2”: ").arg(file, sheet);
    }
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
    case ErrorCode::NotAWorkbook:
        what = tr("the file is not an Excel workbook (.xlsx), or it is damaged or cut short");
        break;
    case ErrorCode::OldExcelFormat:
        what = tr("this is an Excel 97–2003 workbook (.xls) or a password-protected one: save it in Excel as "
                  "“Excel Workbook (*.xlsx)” without a password");
        break;
    case ErrorCode::WorkbookPartMissing:
        what = tr("the workbook lacks its part “%1”: it is not an Excel workbook, or it is damaged").arg(detail);
        break;
    case ErrorCode::WorkbookPartDamaged:
        what = tr("the workbook's part “%1” cannot be unpacked: the file is damaged, cut short or encrypted").arg(detail);
        break;
    case ErrorCode::WorkbookPartTooLarge:
        what = tr("the workbook's part “%1” unpacks to more than %2 MB: refused, as it could fill the memory (a zip "
                  "bomb); split the data over smaller workbooks or import it as CSV")
                   .arg(detail, field);
        break;
    case ErrorCode::UnknownSheet:
        what = detail.isEmpty() ? tr("the workbook has no worksheet")
                                : tr("the workbook has no sheet “%1” (its sheets: %2)").arg(detail, field);
        break;
    case ErrorCode::XmlMalformed: what = tr("the workbook's XML is malformed at %1").arg(detail); break;
    case ErrorCode::XmlDoctype:
        what = tr("the workbook's part “%1” declares a DTD, which workbooks never do: refused (it could be an XML bomb)")
                   .arg(detail);
        break;
    case ErrorCode::InvalidCellReference:
        what = tr("“%1” is not a cell of a worksheet (A1 to XFD1048576)").arg(detail);
        break;
    case ErrorCode::SharedStringMissing:
        what = tr("the cell cites text number %1, which the workbook does not hold").arg(detail);
        break;
    case ErrorCode::CellTooLong: what = tr("the cell holds more than %1 characters").arg(detail); break;
    case ErrorCode::FormulaError:
        what = tr("the field “%1” holds the formula error %2: correct the formula or type the value").arg(field, detail);
        break;
    case ErrorCode::JsonTruncated:
        what = tr("the JSON ends before it is complete: the file or the download was cut short");
        break;
    case ErrorCode::SecWrongCompany:
        what = tr("these are the company facts of CIK %1, not of CIK %2, the company asked for").arg(detail, field);
        break;
    case ErrorCode::SecNoCapexFacts:
        what = tr("the company facts hold none of the capital-expenditure concepts read (%1): the company does not "
                  "report its purchases of property and equipment under these names")
                   .arg(detail);
        break;
    case ErrorCode::SecNoUserAgent:
        what = detail.isEmpty()
            ? tr("SEC serves its data only to requests whose User-Agent names the requester with a contact e-mail "
                 "address (e.g. “Jane Doe jane@example.com”): give one with --user-agent or "
                 "$CAPEXLENS_SEC_USER_AGENT, or in Data → Update from SEC filings…")
            : tr("“%1” is not a User-Agent SEC accepts: it needs a name and a contact e-mail address (e.g. “Jane Doe "
                 "jane@example.com”)")
                  .arg(detail);
        break;
    case ErrorCode::SecHttpStatus:
        switch (detail.toInt()) {
        case 403:
            what = tr("the server refused the request for %1 (HTTP 403): SEC refuses requests without a User-Agent "
                      "naming the requester with an e-mail address, and requests made too often; check the User-Agent")
                       .arg(field);
            break;
        case 404:
            what = tr("there are no company facts at %1 (HTTP 404): check the CIK, or the address of the mirror")
                       .arg(field);
            break;
        case 429:
            what = tr("the server still answered “too many requests” (HTTP 429) for %1 after waiting and trying again: "
                      "wait ten minutes, then update again")
                       .arg(field);
            break;
        default:
            what = detail.toInt() >= 500
                ? tr("the server failed (HTTP %1) for %2, also when tried again: try again later").arg(detail, field)
                : tr("the server answered HTTP %1 for %2").arg(detail, field);
            break;
        }
        break;
    case ErrorCode::SecTimeout:
        what = tr("the server did not answer within %1 s (%2): try again later, or check the network").arg(detail, field);
        break;
    case ErrorCode::SecNetwork:
        what = tr("%1 could not be reached (%2): check the network connection and the address").arg(field, detail);
        break;
    }
    return location(e) + what;
}

} // namespace capex::ui
